package org.laborbridge.reporting.dashboard;

/**
 * A headline figure: {@code raw} is the number as the summary API gives it (for tests and
 * scripts), {@code value} as the reader writes it, {@code href} the list behind it (may be null).
 */
public record Tile(String key, String label, String value, String raw, String note, String href) {}
