package org.laborbridge.fairs;

/** What became of one line of a bulk sign-up. Only SIGNED_UP added a row. */
public enum SignUpOutcome {
    SIGNED_UP,
    ALREADY_SIGNED_UP,
    INVALID_NUMBER,
    NOT_FOUND
}
