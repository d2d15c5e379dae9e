package org.laborbridge.transport.web;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.transport.CheckResult;
import org.laborbridge.transport.Manifest;
import org.laborbridge.transport.ManifestLine;

/**
 * A manifest line as the trip page shows it: each configured check with its latest result (none
 * yet is null), and whether all have passed so the traveller may board.
 */
public record LineView(ManifestLine line, List<CheckState> checks, boolean cleared) {

    public record CheckState(String check, CheckResult result) {

        /**
         * Who recorded the result, when, and their note, leaving out what the reader may not
         * see (the service blanks the note and who for employers and workers).
         */
        public String detail() {
            if (result == null) {
                return "";
            }
            return Stream.of(result.by(), result.at() == null ? null : BureauTime.format(result.at()), result.note())
                    .filter(part -> part != null && !part.isBlank())
                    .collect(Collectors.joining(" · "));
        }
    }

    static List<LineView> of(Manifest manifest) {
        return manifest.lines().stream()
                .map(line -> new LineView(
                        line,
                        manifest.requiredChecks().stream()
                                .map(check -> new CheckState(check, latest(line, check)))
                                .toList(),
                        line.cleared(manifest.requiredChecks())))
                .toList();
    }

    private static CheckResult latest(ManifestLine line, String check) {
        return line.checks().stream()
                .filter(result -> result.check().equals(check))
                .max(Comparator.comparing(CheckResult::at, Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElse(null);
    }
}
