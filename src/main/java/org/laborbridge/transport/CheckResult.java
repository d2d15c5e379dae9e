package org.laborbridge.transport;

import java.time.Instant;

/** One pre-departure check of one traveller (e.g. HEALTH): passed or not, by whom, when, why. */
public record CheckResult(String check, boolean passed, String note, String by, Instant at) {}
