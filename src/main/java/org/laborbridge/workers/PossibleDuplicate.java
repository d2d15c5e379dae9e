package org.laborbridge.workers;

/** Two records under different IDs that look like one person, for a caseworker to decide. */
public record PossibleDuplicate(WorkerSummary first, WorkerSummary second, DuplicateReason reason) {}
