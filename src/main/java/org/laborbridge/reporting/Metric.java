package org.laborbridge.reporting;

/**
 * The programme's headline figures, named as the summary API names them. Money is kept in fen and
 * shown in yuan.
 */
public enum Metric {
    WORKERS_HELPED_OUT("workersHelpedOut"),
    POINT_TO_POINT_BATCHES("pointToPointBatches"),
    POINT_TO_POINT_TRAVELLERS("pointToPointTravellers"),
    FAIRS("fairs"),
    FAIR_EMPLOYERS("fairEmployers"),
    POSITIONS_OFFERED("positionsOffered"),
    PLACEMENTS("placements"),
    SUBSIDIES_PAID_FEN("subsidiesPaidFen"),
    WORKSHOPS("workshops"),
    WORKSHOP_EMPLOYEES("workshopEmployees");

    private final String key;

    Metric(String key) {
        this.key = key;
    }

    /** The name in {@code stat_figure.metric}. */
    public String key() {
        return key;
    }
}
