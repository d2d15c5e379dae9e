package org.laborbridge.placements;

/** What a retention follow-up (稳岗回访) found: the worker still in the job, or gone. */
public enum RetentionOutcome {
    STILL_WORKING,
    LEFT
}
