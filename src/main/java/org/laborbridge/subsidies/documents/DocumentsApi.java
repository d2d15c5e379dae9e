package org.laborbridge.subsidies.documents;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.laborbridge.subsidies.ApplicationId;
import org.laborbridge.subsidies.DocumentView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/subsidy-applications/{id}/documents}: upload (multipart {@code file} and
 * {@code documentType}), list, one document's description, and its content (audit-logged).
 */
@RestController
@RequestMapping("/api/v1/subsidy-applications/{id}/documents")
class DocumentsApi {

    private final DocumentService documents;

    DocumentsApi(DocumentService documents) {
        this.documents = documents;
    }

    @PostMapping
    ResponseEntity<DocumentJson> upload(
            @PathVariable String id,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String documentType)
            throws IOException {
        ApplicationId application = DocumentPageController.applicationId(id);
        DocumentView attached = documents.attach(
                application,
                documentType,
                file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getInputStream());
        return ResponseEntity.created(
                        URI.create("/api/v1/subsidy-applications/" + application + "/documents/" + attached.id()))
                .body(DocumentJson.of(application, attached));
    }

    @GetMapping
    List<DocumentJson> list(@PathVariable String id) {
        ApplicationId application = DocumentPageController.applicationId(id);
        return documents.documents(application).stream()
                .map(document -> DocumentJson.of(application, document))
                .toList();
    }

    @GetMapping("/{document}")
    DocumentJson one(@PathVariable String id, @PathVariable String document) {
        ApplicationId application = DocumentPageController.applicationId(id);
        return DocumentJson.of(
                application, documents.document(application, DocumentPageController.documentId(document)));
    }

    @GetMapping("/{document}/content")
    ResponseEntity<byte[]> content(@PathVariable String id, @PathVariable String document) {
        return DocumentDownloads.of(
                documents.open(DocumentPageController.applicationId(id), DocumentPageController.documentId(document)));
    }

    record DocumentJson(
            UUID id,
            String documentType,
            String fileName,
            String contentType,
            long sizeBytes,
            String uploadedBy,
            Instant uploadedAt,
            String content) {

        static DocumentJson of(ApplicationId application, DocumentView document) {
            return new DocumentJson(
                    document.id(),
                    document.documentType(),
                    document.fileName(),
                    document.contentType(),
                    document.sizeBytes(),
                    document.uploadedBy(),
                    document.uploadedAt(),
                    "/api/v1/subsidy-applications/" + application + "/documents/" + document.id() + "/content");
        }
    }
}
