package org.laborbridge.workshops.api;

import java.net.URI;
import org.laborbridge.workshops.RecognitionRefusedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A recognition decision the workshop's status does not allow: 409 problem details naming the {@code code}. */
@RestControllerAdvice(assignableTypes = WorkshopsApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RecognitionProblems {

    private final MessageSource messages;

    RecognitionProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RecognitionRefusedException.class)
    ResponseEntity<ProblemDetail> refused(RecognitionRefusedException e) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        problem.setType(URI.create("about:blank"));
        problem.setTitle(messages.getMessage("workshops.refused.title", null, "Conflict", locale));
        problem.setDetail(messages.getMessage(e.messageKey(), null, e.code(), locale));
        problem.setProperty("code", e.code());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
