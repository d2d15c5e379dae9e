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
    WORKSHOPS("workshops", true),
    WORKSHOP_EMPLOYEES("workshopEmployees", true);

    private final String key;
    private final boolean stock;

    Metric(String key) {
        this(key, false);
    }

    Metric(String key, boolean stock) {
        this.key = key;
        this.stock = stock;
    }

    /**
     * A stock (workshops open, people employed in them) rather than a flow (hires, trips): stored
     * as its change per month, so that a summary up to a month adds up to the stock then, whatever
     * month the period starts in.
     */
    public boolean stock() {
        return stock;
    }

    /** The name in {@code stat_figure.metric}. */
    public String key() {
        return key;
    }
}
