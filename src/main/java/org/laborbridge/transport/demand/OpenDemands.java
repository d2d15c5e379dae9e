package org.laborbridge.transport.demand;

import java.time.LocalDate;
import java.util.List;
import org.laborbridge.transport.DemandView;

/**
 * The planner's view of the demands: OPEN ones whose travel window overlaps the days planned, each
 * with the version it was read at, so a proposal can name exactly what it was computed from. For
 * the transport module's planner only; it checks the caller itself.
 */
public interface OpenDemands {

    /**
     * In demand id order. {@code region} is a household region code at any level, or null for all;
     * {@code lock} holds the rows until the transaction ends (a plan being confirmed).
     */
    List<PlannableDemand> overlapping(LocalDate from, LocalDate to, String region, boolean lock);

    /** One open demand and the version it was read at. */
    record PlannableDemand(DemandView demand, int version) {}
}
