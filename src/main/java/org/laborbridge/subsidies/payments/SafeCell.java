package org.laborbridge.subsidies.payments;

/**
 * Cell text that a spreadsheet shows rather than runs: a value starting like a formula
 * ({@code = + - @}, a tab or a carriage return) gets a leading apostrophe, as OWASP recommends
 * against CSV injection. A payee's name is typed by applicants, so it is never trusted.
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
