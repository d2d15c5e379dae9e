package org.laborbridge.cooperation;

/** What an agreement promises a partner region; subsidy and fair rules read these. */
public enum PartnerFlag {
    /** Point-to-point charter transport (点对点包车) paid in full by the host city. */
    CHARTER_FULLY_SUBSIDISED,
    /** Directional labor matching (定向劳务对接): postings reserved for the region's workers. */
    DIRECTIONAL_MATCHING,
    /** East-west cooperation fairs (东西部协作招聘会) held in the region. */
    EAST_WEST_FAIRS;

    public String messageKey() {
        return "cooperation.flag." + name();
    }
}
