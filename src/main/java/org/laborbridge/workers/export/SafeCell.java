package org.laborbridge.workers.export;

/**
 * Cell text that a spreadsheet will show rather than run: a value starting like a formula
 * ({@code = + - @}, or a tab or carriage return that some programs skip first) gets a leading
 * apostrophe, as OWASP recommends against CSV injection.
 */
final class SafeCell {

    private SafeCell() {}

    static String of(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
