package org.laborbridge.fairs;

/** Whether people meet employers at a venue (with booths and a check-in desk) or on the web. */
public enum FairKind {
    ON_SITE,
    ONLINE
}
