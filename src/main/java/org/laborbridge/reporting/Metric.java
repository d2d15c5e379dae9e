package org.laborbridge.reporting;

/**
 * The programme's figures, named as the summary API names them. Money is kept in fen and shown in
 * yuan. Some are broken down one level further in {@code stat_figure.detail} (said on each); the
 * summary adds up every detail.
 */
public enum Metric {
    /** Distinct workers by household county and the month of their first hand-over. */
    WORKERS_HELPED_OUT("workersHelpedOut"),
    /** By batch region and month of the first hand-over. */
    POINT_TO_POINT_BATCHES("pointToPointBatches"),
    /** Vehicles with a traveller handed over, by batch region and month; detail the transport mode. */
    POINT_TO_POINT_VEHICLES("pointToPointVehicles"),
    /** Travellers handed over, by household county and month; detail the transport mode. */
    POINT_TO_POINT_TRAVELLERS("pointToPointTravellers"),
    /** By host region and start month; detail the fair id. */
    FAIRS("fairs"),
    /** Enterprises taking part; detail the fair id. */
    FAIR_EMPLOYERS("fairEmployers"),
    /** Headcounts of the postings offered; detail the fair id. */
    POSITIONS_OFFERED("positionsOffered"),
    /** Applications to the postings offered at a fair, by host region and fair month; detail the fair id. */
    FAIR_APPLICATIONS("fairApplications"),
    /** Hires by household county and the month the contract starts. */
    PLACEMENTS("placements"),
    /** Hires whose follow-up at N months is due (not in the future); detail N (1, 3, 6). By start month. */
    RETENTION_DUE("retentionDue"),
    /** Hires confirmed still employed at the follow-up after N months; detail N. By start month. */
    RETAINED("retained"),
    /** Claims approved, by household county and month of approval; detail the policy code. */
    SUBSIDIES_APPROVED("subsidiesApproved"),
    /** Amounts approved in fen, as the claims above; detail the policy code. */
    SUBSIDIES_APPROVED_FEN("subsidiesApprovedFen"),
    /** Paid stages by household county and month paid; detail the policy code. */
    SUBSIDIES_PAID_FEN("subsidiesPaidFen"),
    /** Recognised workshops at each month's end, by county. */
    WORKSHOPS("workshops", true),
    /** People employed in recognised workshops at each month's end, by county. */
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
