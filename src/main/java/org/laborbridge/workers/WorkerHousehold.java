package org.laborbridge.workers;

/**
 * A worker named by id together with their household county code: all a bulk job needs to know of
 * a person to group them by where they come from, without loading or revealing their record.
 */
public record WorkerHousehold(WorkerId worker, String householdCounty) {}
