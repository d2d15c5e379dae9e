package org.laborbridge.subsidies.policy;

/** What a claim rests on: a hire (placement) or a traveller's share of a trip. */
public enum BasisKind {
    PLACEMENT,
    TRIP_SHARE
}
