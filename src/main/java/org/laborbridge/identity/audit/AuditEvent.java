package org.laborbridge.identity.audit;

import java.time.OffsetDateTime;

/** One audit entry as administrators read it. */
record AuditEvent(
        long id,
        OffsetDateTime at,
        String actor,
        String role,
        String action,
        String subjectType,
        String subjectId,
        String remoteAddress,
        String detail) {}
