package org.laborbridge.transport;

import java.time.Instant;
import java.util.List;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.shared.Money;
import org.laborbridge.workers.WorkerId;

/**
 * One traveller on a manifest (乘车名单). {@code residentId} and {@code phone} are masked unless
 * the manifest was asked for in full by a role that may (and that view was audit-logged).
 * {@code receivedBy} is the employer's person who took the traveller over at arrival;
 * {@code share} is their part of the trip's cost once the trip has arrived (null before);
 * {@code charterFullySubsidised} whether their household county lies in a partner region with
 * that flag on the departure day.
 */
public record ManifestLine(
        WorkerId worker,
        String name,
        String residentId,
        String phone,
        String householdCounty,
        String householdCountyName,
        PlacementId placement,
        EmployerId employer,
        String employerName,
        String workAddress,
        TravellerStatus status,
        List<CheckResult> checks,
        String boardedBy,
        Instant boardedAt,
        String receivedBy,
        String handedOverBy,
        Instant handedOverAt,
        Money share,
        boolean charterFullySubsidised) {

    public ManifestLine {
        checks = List.copyOf(checks);
    }

    /** Every configured check has a passing result: the traveller may board. */
    public boolean cleared(List<String> requiredChecks) {
        return requiredChecks.stream()
                .allMatch(check -> checks.stream().anyMatch(r -> r.check().equals(check) && r.passed()));
    }
}
