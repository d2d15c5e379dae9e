package org.laborbridge.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Dates and times as the bureau reads them: its own clock, whatever zone the server runs in. A
 * fair "ends today" or a retention check "is due today" by this calendar.
 */
public final class BureauTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private BureauTime() {}

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static LocalDate dateOf(Instant at) {
        return at.atZone(ZONE).toLocalDate();
    }

    /** "2026-11-28 14:05"; empty for no time, so templates need no null checks. */
    public static String format(Instant at) {
        return at == null ? "" : MINUTES.format(at.atZone(ZONE));
    }
}
