package org.laborbridge.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import org.laborbridge.shared.BureauTime;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page {@code ${times.format(at)}} and {@code ${times.today}} in the bureau's time. */
@ControllerAdvice
public class PageTimes {

    @ModelAttribute("times")
    public PageTimes times() {
        return this;
    }

    public String format(Instant at) {
        return BureauTime.format(at);
    }

    public LocalDate getToday() {
        return BureauTime.today();
    }
}
