package org.laborbridge.employers;

/**
 * Where a job posting stands. DRAFT is seen only by its enterprise and the bureau; OPEN takes
 * applications; FILLED has no openings left; CLOSED was ended by hand.
 */
public enum PostingStatus {
    DRAFT,
    OPEN,
    FILLED,
    CLOSED
}
