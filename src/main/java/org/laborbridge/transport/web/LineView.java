package org.laborbridge.transport.web;

import java.util.Comparator;
import java.util.List;
import org.laborbridge.transport.CheckResult;
import org.laborbridge.transport.Manifest;
import org.laborbridge.transport.ManifestLine;

/**
 * A manifest line as the trip page shows it: each configured check with its latest result (none
 * yet is null), and whether all have passed so the traveller may board.
 */
public record LineView(ManifestLine line, List<CheckState> checks, boolean cleared) {

    public record CheckState(String check, CheckResult result) {}

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
