package org.laborbridge.fairs;

/**
 * How an application came in: the worker applied (SELF), staff applied for them (CASEWORKER, also
 * a partner's staff), or the employer recorded at an on-site fair that the worker intends to take
 * the job (ON_SITE).
 */
public enum ApplicationChannel {
    SELF,
    CASEWORKER,
    ON_SITE
}
