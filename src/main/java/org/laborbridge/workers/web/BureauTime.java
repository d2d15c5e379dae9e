package org.laborbridge.workers.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as the bureau reads them: its own clock, whatever zone the server runs in. */
final class BureauTime {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String format(Instant at) {
        return at == null ? "" : FORMAT.format(at.atZone(ZONE));
    }
}
