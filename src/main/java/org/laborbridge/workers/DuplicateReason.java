package org.laborbridge.workers;

/** Why two records look like one person. */
public enum DuplicateReason {
    SAME_PHONE,
    SAME_NAME_AND_BIRTH_DATE
}
