package org.laborbridge.workshops;

final class Text {

    private Text() {}

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
