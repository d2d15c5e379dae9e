package org.laborbridge.transport.trips;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.laborbridge.shared.Violation;
import org.laborbridge.transport.CheckResult;

/**
 * The checks every traveller must pass before boarding is signed off, as the programme configures
 * them ({@code laborbridge.transport.pre-departure-checks}, by default only HEALTH): which checks
 * a partner county runs at the gathering point is its policy, not the code's.
 */
final class PreDepartureChecks {

    static final String DEFAULT = "HEALTH";
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    private final List<String> names;

    PreDepartureChecks(Collection<String> configured) {
        List<String> cleaned = configured.stream()
                .map(name -> name.strip().toUpperCase(Locale.ROOT))
                .filter(name -> !name.isEmpty())
                .distinct()
                .toList();
        cleaned.stream()
                .filter(name -> !NAME.matcher(name).matches())
                .findFirst()
                .ifPresent(bad -> {
                    throw new IllegalArgumentException("A pre-departure check is named in UPPER_SNAKE_CASE: " + bad);
                });
        this.names = cleaned;
    }

    List<String> names() {
        return names;
    }

    /** The configured name for what was typed, or field check UNKNOWN. */
    String require(String check) {
        String name = check == null ? "" : check.strip().toUpperCase(Locale.ROOT);
        if (!names.contains(name)) {
            throw Refusals.refused("check", "UNKNOWN", String.join(", ", names));
        }
        return name;
    }

    /** The first configured check without a passing result: the traveller may not board yet. */
    Optional<Violation> checkCleared(Collection<CheckResult> results) {
        return names.stream()
                .filter(name -> results.stream().noneMatch(r -> r.check().equals(name) && r.passed()))
                .findFirst()
                .map(name -> Refusals.violation("check", "NOT_PASSED", Wording.check(name)));
    }
}
