package org.laborbridge.matching;

import java.time.Instant;

/**
 * How the live recommendation indexes stand: open postings and workers seeking work held, when
 * they were last loaded in full (null: not yet) and how long that took.
 */
public record IndexStatus(int openPostings, int seekingWorkers, Instant lastLoad, long lastLoadMillis) {}
