package org.laborbridge.subsidies.documents;

import org.laborbridge.subsidies.SubsidyDocuments.StoredDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored file as a response: always an attachment, with the type the first bytes proved and
 * nosniff, so a browser never renders an upload inside the site.
 */
final class DocumentDownloads {

    private DocumentDownloads() {}

    static ResponseEntity<byte[]> of(StoredDocument stored) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(stored.document().fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .contentType(MediaType.parseMediaType(stored.document().contentType()))
                .contentLength(stored.content().length)
                .body(stored.content());
    }
}
