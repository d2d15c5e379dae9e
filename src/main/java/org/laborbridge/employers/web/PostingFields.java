package org.laborbridge.employers.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.laborbridge.employers.JobPostingForm;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;

/**
 * The posting form as typed. Numbers and dates stay text until {@link #toForm} so that one the
 * browser let through badly is explained next to its field instead of failing the binding; an
 * unticked checkbox is not sent at all, hence the nullable flags.
 */
record PostingFields(
        String title,
        String jobType,
        String headcount,
        String wageMin,
        String wageMax,
        String workRegionCode,
        String workAddress,
        Boolean housingProvided,
        Boolean mealsProvided,
        String workingHours,
        String minAge,
        String maxAge,
        List<String> requiredSkills,
        String minEducation,
        String validFrom,
        String validUntil) {

    PostingFields {
        requiredSkills = requiredSkills == null ? List.of() : List.copyOf(requiredSkills);
    }

    /** A new posting in the enterprise's own county, open for a month from today. */
    static PostingFields startingIn(String county, LocalDate today) {
        return new PostingFields(
                "",
                "",
                "",
                "",
                "",
                county,
                "",
                false,
                false,
                "",
                "",
                "",
                List.of(),
                "",
                today.toString(),
                today.plusMonths(1).toString());
    }

    static PostingFields of(JobPostingView posting) {
        return new PostingFields(
                posting.title(),
                posting.jobType(),
                String.valueOf(posting.headcount()),
                PostingWording.plainYuan(posting.wageMin()),
                PostingWording.plainYuan(posting.wageMax()),
                posting.workRegion().value(),
                posting.workAddress(),
                posting.housingProvided(),
                posting.mealsProvided(),
                posting.workingHours(),
                posting.minAge() == null ? "" : posting.minAge().toString(),
                posting.maxAge() == null ? "" : posting.maxAge().toString(),
                posting.requiredSkills(),
                posting.minEducation() == null ? "" : posting.minEducation().name(),
                posting.validFrom().toString(),
                posting.validUntil().toString());
    }

    JobPostingForm toForm() {
        Parsed parsed = new Parsed();
        JobPostingForm form = new JobPostingForm(
                title,
                jobType,
                parsed.of("headcount", headcount, Integer::valueOf),
                parsed.of("wageMin", wageMin, BigDecimal::new),
                parsed.of("wageMax", wageMax, BigDecimal::new),
                workRegionCode,
                workAddress,
                Boolean.TRUE.equals(housingProvided),
                Boolean.TRUE.equals(mealsProvided),
                workingHours,
                parsed.of("minAge", minAge, Integer::valueOf),
                parsed.of("maxAge", maxAge, Integer::valueOf),
                requiredSkills,
                minEducation,
                parsed.of("validFrom", validFrom, LocalDate::parse),
                parsed.of("validUntil", validUntil, LocalDate::parse));
        if (!parsed.violations.isEmpty()) {
            throw new InvalidInputException(parsed.violations);
        }
        return form;
    }

    private static final class Parsed {
        private final List<Violation> violations = new ArrayList<>();

        <T> T of(String field, String text, Function<String, T> parse) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return parse.apply(text.strip());
            } catch (NumberFormatException | DateTimeParseException malformed) {
                violations.add(Violation.of(field, "FORMAT", "invalid.field.FORMAT"));
                return null;
            }
        }
    }
}
