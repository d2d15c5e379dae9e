package org.laborbridge.workers.imports;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.laborbridge.identity.Callers;
import org.laborbridge.shared.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Bulk import of partner-region rosters, its progress and report, and the templates to fill in. */
@RestController
@RequestMapping("/api/v1/worker-imports")
class WorkerImportsApi {

    private final WorkerImports imports;
    private final RosterTemplates templates;
    private final MessageSource messages;

    WorkerImportsApi(WorkerImports imports, RosterTemplates templates, MessageSource messages) {
        this.imports = imports;
        this.templates = templates;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportReport> importRoster(
            @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode,
            @RequestParam(required = false) UUID importId)
            throws IOException {
        if (!WorkerImports.mayImport(Callers.current())) {
            throw new AccessDeniedException("Only bureau staff and partners import workers");
        }
        // Read from disk, never from memory: workbooks are opened as zip files and CSV is read twice.
        Path upload = Files.createTempFile("worker-import-", ".upload");
        try {
            file.transferTo(upload);
            ImportRecord done = imports.run(upload, file.getOriginalFilename(), mode, importId);
            return ResponseEntity.created(URI.create("/api/v1/worker-imports/" + done.id()))
                    .body(ImportReport.of(done, messages, LocaleContextHolder.getLocale()));
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    @GetMapping("/{id}")
    ImportReport status(@PathVariable UUID id) {
        return imports.find(id)
                .map(found -> ImportReport.of(found, messages, LocaleContextHolder.getLocale()))
                .orElseThrow(() -> new RecordNotFoundException("worker import", id.toString()));
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template(
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(name = "language", required = false) String requested) {
        RosterTemplates.Format chosen = RosterTemplates.Format.of(format);
        Locale language = ImportLanguages.closest(
                requested == null ? LocaleContextHolder.getLocale() : Locale.forLanguageTag(requested));
        String fileName =
                messages.getMessage("workerImport.template.fileName", null, language) + "." + chosen.extension();
        return ResponseEntity.ok()
                .contentType(chosen.mediaType())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(templates.render(chosen, language));
    }
}
