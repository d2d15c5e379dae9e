package org.laborbridge.transport;

/** How a point-to-point trip travels: chartered bus, train carriage, whole train or flight. */
public enum TransportMode {
    BUS,
    CARRIAGE,
    TRAIN,
    FLIGHT
}
