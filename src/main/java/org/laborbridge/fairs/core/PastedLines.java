package org.laborbridge.fairs.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a pasted list of ID numbers, numbered as the person sees them in the text box
 * (blank lines count for the numbering but are not reported).
 */
final class PastedLines {

    record Line(int number, String text) {}

    static final int MAX_LINES = 5_000;

    private PastedLines() {}

    static List<Line> of(String pasted) {
        List<Line> lines = new ArrayList<>();
        if (pasted == null) {
            return lines;
        }
        String[] raw = pasted.split("\\R", -1);
        for (int i = 0; i < raw.length; i++) {
            String text = raw[i].strip();
            if (!text.isEmpty()) {
                lines.add(new Line(i + 1, text));
            }
        }
        return lines;
    }
}
