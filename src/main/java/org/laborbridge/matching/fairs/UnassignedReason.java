package org.laborbridge.matching.fairs;

/**
 * Why a signed-up worker got no posting: the assignment's own three reasons, and one of this
 * feature's: the worker is no longer seeking work (placed meanwhile, not able to work, or a
 * duplicate record), so they were not offered to the postings at all.
 */
enum UnassignedReason {
    NO_WANTED_JOB_TYPE,
    NO_ELIGIBLE_POSTING,
    OUTRANKED,
    NOT_SEEKING
}
