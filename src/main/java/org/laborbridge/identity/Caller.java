package org.laborbridge.identity;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.laborbridge.shared.RegionCode;

/**
 * The signed-in user as other modules need to know them: who they are and which slice of the
 * programme they may see. {@code regionCodes} are GB/T 2260 codes and only set for a
 * {@link Role#PARTNER}; {@code employerId} only for an {@link Role#EMPLOYER}; {@code workerId}
 * only for a {@link Role#WORKER}. Either id may be null until that user is linked to a record.
 */
public record Caller(
        String username, String displayName, Role role, List<String> regionCodes, UUID employerId, UUID workerId)
        implements Serializable {

    public Caller {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        displayName = displayName == null ? username : displayName;
        regionCodes = regionCodes == null ? List.of() : List.copyOf(regionCodes);
    }

    public boolean is(Role candidate) {
        return role == candidate;
    }

    /**
     * Whether this caller may see records whose household county is {@code countyCode}. Bureau
     * staff see every region; a partner sees the counties inside their regions, where a
     * prefecture code such as 433100 covers all its counties (4331xx) and a province code
     * covers its whole province; employers and workers are scoped by their own id instead.
     */
    public boolean coversRegion(String countyCode) {
        if (role.isBureauStaff()) {
            return true;
        }
        if (role != Role.PARTNER || countyCode == null) {
            return false;
        }
        return regionCodes.stream().anyMatch(scope -> countyCode.startsWith(RegionCode.coveringPrefix(scope)));
    }
}
