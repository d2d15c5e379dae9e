package org.laborbridge.workshops;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A worker from the registry joining a workshop: by worker id or resident ID number. */
public record EmployeeForm(
        String worker, LocalDate startDate, BigDecimal monthlyWage, Integer contractMonths, Boolean accidentInsured) {}
