package org.laborbridge.subsidies.documents;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.subsidies.ApplicationId;
import org.laborbridge.subsidies.StepOutOfOrderException;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The upload form on a claim's page posts here and comes back to the claim: a success flash
 * ({@code flash}) or the refusal's sentences ({@code documentRefused}) for the page to show.
 */
@Controller
class DocumentPageController {

    private final DocumentService documents;
    private final MessageSource messages;

    DocumentPageController(DocumentService documents, MessageSource messages) {
        this.documents = documents;
        this.messages = messages;
    }

    @PostMapping("/subsidies/applications/{id}/documents")
    String upload(
            @PathVariable String id,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String documentType,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        ApplicationId application = applicationId(id);
        try {
            documents.attach(
                    application,
                    documentType,
                    file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getInputStream());
            redirect.addFlashAttribute("flash", messages.getMessage("subsidies.documents.attached", null, locale));
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute(
                    "documentRefused",
                    invalid.violations().stream()
                            .map(v -> messages.getMessage(
                                    v.messageKey(), v.arguments().toArray(), locale))
                            .toList());
        } catch (StepOutOfOrderException order) {
            redirect.addFlashAttribute(
                    "documentRefused", List.of(messages.getMessage(order.messageKey(), order.arguments(), locale)));
        }
        return "redirect:/subsidies/applications/" + application;
    }

    @GetMapping("/subsidies/applications/{id}/documents/{document}")
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String document) {
        return DocumentDownloads.of(documents.open(applicationId(id), documentId(document)));
    }

    static ApplicationId applicationId(String id) {
        return parse(id)
                .map(ApplicationId::new)
                .orElseThrow(() -> new RecordNotFoundException("subsidy-application", id));
    }

    static UUID documentId(String id) {
        return parse(id).orElseThrow(() -> new RecordNotFoundException(DocumentService.SUBJECT, id));
    }

    private static Optional<UUID> parse(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
