package org.laborbridge.subsidies;

import java.time.Instant;
import java.util.UUID;

/** A document attached to a claim; its content is served only to callers who may read the claim. */
public record DocumentView(
        UUID id,
        String documentType,
        String fileName,
        String contentType,
        long sizeBytes,
        String uploadedBy,
        Instant uploadedAt) {}
