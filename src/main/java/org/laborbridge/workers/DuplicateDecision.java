package org.laborbridge.workers;

/** A caseworker's verdict on a possible duplicate. */
public enum DuplicateDecision {
    SAME_PERSON,
    DIFFERENT_PEOPLE
}
