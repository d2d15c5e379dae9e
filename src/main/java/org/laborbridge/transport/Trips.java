package org.laborbridge.transport;

import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.workers.WorkerId;

/**
 * Point-to-point trips and their manifests, for pages, API and other modules alike. Who may see:
 * bureau staff every trip; a PARTNER trips leaving from their regions or carrying their people; an
 * EMPLOYER trips carrying their hires (and only those lines); a WORKER their own. Anything else
 * answers {@code RecordNotFoundException} (404). Who may change: ADMIN and CASEWORKER, and a
 * PARTNER for trips leaving from their regions (up to departure); an EMPLOYER records the hand-over
 * of their own hires. Refusals are {@code InvalidInputException} naming the field (a status move
 * out of order is field {@code status}, code {@code INVALID_TRANSITION}); nothing changes then.
 */
public interface Trips {

    /** A new PLANNED trip, in the given batch or the next one of its batch region and year. */
    TripView plan(TripForm form);

    /** Only while PLANNED; new times must not make any traveller's trips overlap. */
    TripView change(TripId id, TripForm form);

    TripView find(TripId id);

    TripPage search(TripQuery query);

    /** Masked numbers, in the caller's sight. */
    Manifest manifest(TripId id);

    /**
     * Full ID and phone numbers for ADMIN, CASEWORKER and a PARTNER covering the origin (the
     * people at the gathering point check ID cards against it); audit-logged. Others get it masked.
     */
    Manifest manifestInFull(TripId id);

    /**
     * The manifest as an XLSX workbook in the caller's language, masked per role as
     * {@link #manifestInFull} decides, audit-logged as an export.
     */
    void exportManifest(TripId id, Locale locale, OutputStream out);

    /**
     * Puts the worker of this placement on the trip (PLANNED or BOARDING). Refused: trip FULL,
     * worker ALREADY_LISTED on it, OVERLAPPING_TRIP (on another trip whose time overlaps), placement
     * LEFT, or its work place not among the trip's destinations. Concurrent additions never exceed
     * the seats: the trip row is locked.
     */
    ManifestLine addTraveller(TripId id, PlacementId placement);

    /** All or nothing: the first refusal (with its {@code row}, counted from 1) changes nothing. */
    List<ManifestLine> addTravellers(TripId id, List<PlacementId> placements);

    /** Takes a LISTED traveller off (PLANNED or BOARDING); the seat is free again. */
    void removeTraveller(TripId id, WorkerId worker);

    /** Records one pre-departure check (one of the configured ones) for a LISTED traveller. */
    ManifestLine recordCheck(TripId id, WorkerId worker, String check, boolean passed, String note);

    /** PLANNED → BOARDING: the gathering point is open. Needs at least one traveller. */
    TripView startBoarding(TripId id);

    /** LISTED → BOARDED while BOARDING; every configured check must have passed. */
    ManifestLine board(TripId id, WorkerId worker);

    /** LISTED → NO_SHOW while BOARDING: did not come; takes no share of the cost. */
    ManifestLine markNoShow(TripId id, WorkerId worker);

    /**
     * BOARDING → DEPARTED at {@code at} (not in the future): every traveller is BOARDED or NO_SHOW,
     * and at least one BOARDED — the departure hand-over is signed off.
     */
    TripView depart(TripId id, LocalDateTime at);

    /**
     * DEPARTED → ARRIVED at {@code at} (after the departure, not in the future); fixes each
     * traveller's share of the cost and publishes {@link TripArrived}.
     */
    TripView arrive(TripId id, LocalDateTime at);

    /**
     * BOARDED → HANDED_OVER while ARRIVED: {@code employer} must be the one that hired the traveller
     * (else field employer, code NOT_THE_EMPLOYER); {@code receivedBy} names who took them over.
     */
    ManifestLine handOver(TripId id, WorkerId worker, EmployerId employer, String receivedBy);

    /** ARRIVED → HANDED_OVER once every boarded traveller is handed over: the trip is closed. */
    TripView close(TripId id);

    /** Any status before DEPARTED → CANCELLED with a reason; every traveller is freed. */
    TripView cancel(TripId id, String reason);

    /** Each traveller's share, once ARRIVED (empty before). */
    List<TravellerShare> shares(TripId id);

    /** The worker's trips not REMOVED, next or latest first; a WORKER gets only their own. */
    List<WorkerTrip> ofWorker(WorkerId worker);

    /** The configured pre-departure checks, e.g. [HEALTH]. */
    List<String> requiredChecks();

    boolean mayPlan();

    boolean mayChange(TripView trip);

    boolean mayHandOver(TripView trip);

    boolean mayReveal(TripView trip);

    /*
     * Figures for reporting, counted over every trip whatever the caller's scope (counts only, no
     * personal data), by the month of the hand-over in the bureau's time zone.
     */

    /**
     * Distinct workers handed over on any trip, each counted once: in their household county and
     * the month of their first hand-over.
     */
    List<TripFigure> helpedOutFigures();

    /** Batches with at least one traveller handed over, by batch region and month of the first hand-over. */
    List<TripFigure> batchFigures();

    /**
     * Travellers handed over (one per manifest line), by household county, hand-over month and the
     * mode of the trip they came on.
     */
    List<TripModeFigure> travellerFiguresByMode();

    /**
     * Vehicles (trips) with at least one traveller handed over, by batch region, the month of the
     * trip's first hand-over and its mode: how many buses, carriages, trains and flights carried people.
     */
    List<TripModeFigure> vehicleFigures();
}
