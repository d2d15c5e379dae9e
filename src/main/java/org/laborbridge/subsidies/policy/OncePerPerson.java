package org.laborbridge.subsidies.policy;

/** The scope within which a policy pays the same person at most once. */
public enum OncePerPerson {
    LIFETIME,
    PER_YEAR,
    /** Once for each enterprise the person works for, so a second employer may claim again. */
    PER_EMPLOYER
}
