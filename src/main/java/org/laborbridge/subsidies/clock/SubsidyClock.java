package org.laborbridge.subsidies.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;
import org.laborbridge.shared.BureauTime;
import org.springframework.stereotype.Component;

/**
 * The time every subsidy step is stamped with. Normally the bureau's clock; while history is
 * recorded (the demo's 2020 claims, a test that lets a notice run out) it is pinned to a moment on
 * the current thread, so that notice periods, payable days and the steps' times agree with the
 * story being recorded instead of with the day it was typed in.
 */
@Component
public class SubsidyClock {

    private static final ThreadLocal<Instant> pinned = new ThreadLocal<>();

    public Instant now() {
        Instant at = pinned.get();
        return at != null ? at : Instant.now();
    }

    public LocalDate today() {
        return BureauTime.dateOf(now());
    }

    /** Runs {@code work} as if it were {@code at}; the previous pin, if any, is restored. */
    public <T> T pinnedAt(Instant at, Supplier<T> work) {
        Objects.requireNonNull(at, "at");
        Instant previous = pinned.get();
        pinned.set(at);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                pinned.remove();
            } else {
                pinned.set(previous);
            }
        }
    }

    /** Noon of {@code day} in the bureau's zone: a working-hours moment of that day. */
    public <T> T pinnedAt(LocalDate day, Supplier<T> work) {
        return pinnedAt(day.atTime(12, 0).atZone(BureauTime.ZONE).toInstant(), work);
    }
}
