package org.laborbridge.reporting.monthly;

import java.time.Instant;

/** One step of a report, who took it and when; a return carries its reason. */
public record ReportStep(int stepNo, ReportStatus step, String by, Instant at, String reason) {}
