package org.laborbridge.reporting.monthly;

/** Where a monthly report stands: waiting for an approver, sent back with a reason, or final. */
public enum ReportStatus {
    SUBMITTED,
    RETURNED,
    LOCKED
}
