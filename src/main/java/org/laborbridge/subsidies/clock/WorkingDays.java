package org.laborbridge.subsidies.clock;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The bureau's working days: Monday to Friday except public holidays, plus the weekend days
 * worked in their place (调休). A public notice of "5 working days" counts these.
 */
@Component
public class WorkingDays {

    private final Set<LocalDate> holidays = new HashSet<>();
    private final Set<LocalDate> workedWeekendDays = new HashSet<>();

    WorkingDays(
            @Value("${laborbridge.subsidies.holiday-calendar:classpath:subsidies/holidays-cn.txt}") Resource calendar) {
        try (var reader =
                new BufferedReader(new InputStreamReader(calendar.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(this::read);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the holiday calendar " + calendar, e);
        }
    }

    private void read(String line) {
        String[] parts = line.split("\\s+", 3);
        if (parts.length < 2) {
            throw new IllegalStateException("Holiday calendar line needs a day and HOLIDAY or WORKDAY: " + line);
        }
        String[] range = parts[0].split("\\.\\.");
        LocalDate from = LocalDate.parse(range[0]);
        LocalDate to = range.length > 1 ? LocalDate.parse(range[1]) : from;
        Set<LocalDate> target = switch (parts[1]) {
            case "HOLIDAY" -> holidays;
            case "WORKDAY" -> workedWeekendDays;
            default -> throw new IllegalStateException("Holiday calendar kind must be HOLIDAY or WORKDAY: " + line);
        };
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            target.add(day);
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workedWeekendDays.contains(day)) {
            return true;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend && !holidays.contains(day);
    }

    /** The first working day after {@code day}. */
    public LocalDate nextAfter(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /**
     * The last of {@code count} working days counted from the first working day after {@code day}:
     * approved on a Friday before a holiday week, a 5-day notice ends well after it.
     */
    public LocalDate lastOfWorkingDaysAfter(LocalDate day, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("A period has at least one working day");
        }
        LocalDate last = nextAfter(day);
        for (int counted = 1; counted < count; counted++) {
            last = nextAfter(last);
        }
        return last;
    }
}
