package org.laborbridge.fairs;

import java.util.List;

/**
 * Whom a fair is aimed at. Advisory for a person signing up one by one, applied when a caseworker
 * signs up everyone matching a filter. {@code householdRegions} are region codes at any level;
 * empty means every region.
 */
public record TargetGroup(
        boolean registeredPoorOnly,
        boolean laborCapacityRequired,
        boolean willingToMigrateOnly,
        List<String> householdRegions) {

    public TargetGroup {
        householdRegions = householdRegions == null ? List.of() : List.copyOf(householdRegions);
    }

    public static TargetGroup everyone() {
        return new TargetGroup(false, false, false, List.of());
    }
}
