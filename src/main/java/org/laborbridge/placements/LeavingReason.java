package org.laborbridge.placements;

/** Why a worker left a job; statistics and subsidy rules group by it. */
public enum LeavingReason {
    CONTRACT_ENDED,
    RESIGNED,
    DISMISSED,
    HEALTH,
    FAMILY,
    WAGES,
    OTHER
}
