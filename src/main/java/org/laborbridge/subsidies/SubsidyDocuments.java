package org.laborbridge.subsidies;

import java.io.InputStream;
import java.util.UUID;

/**
 * Documents of a claim (contract, ID card, manifest…), stored outside the web root under
 * {@code laborbridge.data-dir}/documents. Upload: anyone who may read the claim and is its
 * applicant, or bureau/partner staff in scope, while the claim is not yet approved; PDF, JPEG or
 * PNG checked by their first bytes, at most {@link #MAX_BYTES}. Download: anyone who may read the
 * claim, audit-logged.
 */
public interface SubsidyDocuments {

    long MAX_BYTES = 10L * 1024 * 1024;

    DocumentView attach(ApplicationId application, String documentType, String fileName, InputStream content);

    StoredDocument open(ApplicationId application, UUID document);

    record StoredDocument(DocumentView document, byte[] content) {}
}
