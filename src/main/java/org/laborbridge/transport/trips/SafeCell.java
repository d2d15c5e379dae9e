package org.laborbridge.transport.trips;

/**
 * Cell text that a spreadsheet shows rather than runs: a value starting like a formula
 * ({@code = + - @}, or a tab or carriage return that some programs skip first) gets a leading
 * apostrophe, as OWASP recommends against CSV injection. Names and gathering points are typed by
 * people, so any of them could start that way.
 */
final class SafeCell {

    private SafeCell() {}

    static String of(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
