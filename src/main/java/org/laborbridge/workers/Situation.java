package org.laborbridge.workers;

/** What a worker is doing now; employed away is what labor cooperation aims for. */
public enum Situation {
    SEEKING,
    EMPLOYED_AWAY,
    EMPLOYED_LOCALLY,
    NOT_SEEKING
}
