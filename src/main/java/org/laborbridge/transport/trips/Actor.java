package org.laborbridge.transport.trips;

import java.time.Instant;

/** Who took a step and at which instant, as every step of a trip and of a line records it. */
record Actor(String by, Instant at) {}
