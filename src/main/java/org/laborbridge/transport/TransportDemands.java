package org.laborbridge.transport;

/**
 * Who needs transport, recorded at the origin and read at the destination from the same record.
 * A PARTNER records and sees the demands of workers from their regions, ADMIN and CASEWORKER all,
 * an EMPLOYER those of their own hires (read only). A demand is also opened by itself when a
 * placement is agreed for a worker whose household county lies outside the work place's
 * prefecture, with the week before the start as its window.
 */
public interface TransportDemands {

    /**
     * Refused: placement unknown or out of scope (404), LEFT; window reversed, in the past, or
     * ending after the start date (field latest); a second open demand for the placement
     * (field placement, code DUPLICATE).
     */
    DemandView record(DemandForm form);

    /** Changes the window or gathering point of an OPEN demand. */
    DemandView change(DemandId id, DemandForm form);

    /** OPEN → CANCELLED (a PLANNED one must first be taken off its trip). */
    DemandView cancel(DemandId id, String reason);

    DemandView find(DemandId id);

    DemandPage search(DemandQuery query);

    boolean mayRecord();
}
