package org.laborbridge.workshops;

import java.time.YearMonth;

/** Recognised workshops of a county and their employees at the end of a month, for reporting. */
public record WorkshopFigure(String county, YearMonth month, long workshops, long employees, long poorEmployees) {}
