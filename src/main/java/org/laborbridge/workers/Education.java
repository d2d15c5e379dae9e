package org.laborbridge.workers;

/** Highest completed education. */
public enum Education {
    NONE,
    PRIMARY,
    JUNIOR_SECONDARY,
    SENIOR_SECONDARY,
    VOCATIONAL,
    COLLEGE,
    BACHELOR_OR_ABOVE
}
