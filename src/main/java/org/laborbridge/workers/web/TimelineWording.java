package org.laborbridge.workers.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.laborbridge.shared.Catalogue;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.workers.TimelineEntry;
import org.laborbridge.workers.TimelineEntry.Change;
import org.springframework.context.MessageSource;

/**
 * Puts the registry's history into words. The history stores codes (enum names, catalogue and
 * region codes) so that it reads correctly in every language; they are named only here.
 */
final class TimelineWording {

    private static final String NOTHING = "—";

    private final MessageSource messages;
    private final Locale locale;

    TimelineWording(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    List<TimelineLine> lines(List<TimelineEntry> entries) {
        return entries.stream().map(this::line).toList();
    }

    private TimelineLine line(TimelineEntry entry) {
        List<String> changes =
                entry.changes().entrySet().stream().map(this::change).toList();
        return new TimelineLine(
                entry.at(), entry.actor(), message("worker.timeline.kind." + entry.kind(), entry.kind()), changes);
    }

    /** A detail recorded by another module has no old value: it reads "field: value". */
    private String change(Map.Entry<String, Change> change) {
        String field = change.getKey();
        if (change.getValue().from() == null
                && messages.getMessage("worker.timeline.field." + field, null, null, locale) != null) {
            return message(
                    "worker.timeline.detail",
                    field,
                    message("worker.timeline.field." + field, field),
                    value(field, change.getValue().to()));
        }
        return message(
                "worker.timeline.change",
                field,
                message("worker.field." + field, field),
                value(field, change.getValue().from()),
                value(field, change.getValue().to()));
    }

    private String value(String field, String value) {
        if (value == null || value.isBlank()) {
            return NOTHING;
        }
        return switch (field) {
            case "registeredPoor", "willingToMigrate" ->
                message("true".equals(value) ? "worker.yes" : "worker.no", value);
            case "laborCapacity", "education", "situation" -> message("worker." + field + "." + value, value);
            case "skills" -> names(Catalogue.skills(), value);
            case "wantedJobs", "jobType" -> names(Catalogue.jobTypes(), value);
            case "householdRegion", "workRegion" -> regionName(value);
            default -> message("worker.timeline.value." + field + "." + value, value);
        };
    }

    private String names(Catalogue catalogue, String codes) {
        return Arrays.stream(codes.split("[;；]"))
                .map(code -> catalogue.name(code.strip(), locale))
                .collect(Collectors.joining(Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? ", " : "、"));
    }

    private static String regionName(String code) {
        try {
            return RegionDirectory.standard()
                    .find(RegionCode.of(code))
                    .map(region -> region.name() + " (" + code + ")")
                    .orElse(code);
        } catch (IllegalArgumentException notACode) {
            return code;
        }
    }

    private String message(String key, String fallback, Object... arguments) {
        return Optional.ofNullable(messages.getMessage(key, arguments, null, locale))
                .orElse(fallback);
    }
}
