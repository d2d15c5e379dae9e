package org.laborbridge.subsidies.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.subsidies.ApplicationQuery;
import org.laborbridge.subsidies.ApplicationStatus;
import org.laborbridge.workers.WorkerId;

/**
 * The claims list's filter as typed: a queue ({@code review} is SUBMITTED, {@code approve} is
 * ACCEPTED), or status, policy, household region, number and worker. Malformed values are ignored
 * rather than refused: a filter that matches nothing already says so.
 */
record ClaimFilter(
        String queue,
        String status,
        String policy,
        String region,
        String number,
        String worker,
        String employer,
        Integer page) {

    static final int SIZE = 20;

    ApplicationQuery toQuery() {
        return new ApplicationQuery(
                effectiveStatus(),
                blankToNull(policy),
                blankToNull(region),
                employer == null ? null : EmployerId.parse(employer.strip()).orElse(null),
                workerId(),
                blankToNull(number),
                page == null ? 0 : Math.max(0, page),
                SIZE);
    }

    ApplicationStatus effectiveStatus() {
        if ("review".equals(queue)) {
            return ApplicationStatus.SUBMITTED;
        }
        if ("approve".equals(queue)) {
            return ApplicationStatus.ACCEPTED;
        }
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ApplicationStatus.valueOf(status.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    WorkerId workerId() {
        return worker == null ? null : WorkerId.parse(worker.strip()).orElse(null);
    }

    /** The query string of this filter at another page. */
    public String parameters(int atPage) {
        List<String> parts = new ArrayList<>();
        add(parts, "queue", queue);
        add(parts, "status", status);
        add(parts, "policy", policy);
        add(parts, "region", region);
        add(parts, "number", number);
        add(parts, "worker", worker);
        add(parts, "employer", employer);
        parts.add("page=" + Math.max(0, atPage));
        return String.join("&", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
