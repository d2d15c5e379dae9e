package org.laborbridge.subsidies.documents;

import org.laborbridge.shared.web.Downloads;
import org.laborbridge.subsidies.SubsidyDocuments.StoredDocument;
import org.springframework.http.ResponseEntity;

/**
 * A stored file as a response: always an attachment, with the type the first bytes proved and
 * nosniff, so a browser never renders an upload inside the site.
 */
final class DocumentDownloads {

    private DocumentDownloads() {}

    static ResponseEntity<byte[]> of(StoredDocument stored) {
        return Downloads.attachment(
                stored.document().fileName(), stored.document().contentType(), stored.content());
    }
}
