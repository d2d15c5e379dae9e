package org.laborbridge.shared.web;

import java.text.Normalizer;

/**
 * CSV cell text that a spreadsheet shows rather than runs: a value that starts like a formula
 * gets a leading apostrophe, as OWASP recommends against CSV injection. Spreadsheets skip leading
 * blanks and read full-width signs (＝ ＋ － ＠) as formula signs too, so the check looks at the
 * NFKC form without leading whitespace. A payee's name is typed by applicants, so it is never
 * trusted. XLSX cells need none of this: they are written as quote-prefixed text (see {@link Sheets}).
 */
public final class SafeCell {

    private SafeCell() {}

    public static String of(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return looksLikeFormula(value) ? "'" + value : value;
    }

    public static boolean looksLikeFormula(String value) {
        if (value.charAt(0) == '\t' || value.charAt(0) == '\r') {
            return true;
        }
        String visible = Normalizer.normalize(value, Normalizer.Form.NFKC).stripLeading();
        return !visible.isEmpty() && "=+-@".indexOf(visible.charAt(0)) >= 0;
    }
}
