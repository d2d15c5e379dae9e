package org.laborbridge.workers.api;

import java.net.URI;
import java.util.Locale;
import org.laborbridge.workers.AlreadyRegisteredException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The registry's own conflicts as problem details: a second registration of one person names
 * the record that already exists, so the client can go there instead.
 */
@RestControllerAdvice(basePackages = {"org.laborbridge.workers.api", "org.laborbridge.workers.export"})
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkersApiProblems {

    private final MessageSource messages;

    WorkersApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(AlreadyRegisteredException.class)
    ResponseEntity<ProblemDetail> alreadyRegistered(AlreadyRegisteredException e) {
        ProblemDetail problem = conflict("problem.alreadyRegistered");
        e.existing().ifPresent(existing -> {
            problem.setProperty("existingId", existing.toString());
            problem.setProperty("existing", "/api/v1/workers/" + existing);
        });
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> changedMeanwhile(OptimisticLockingFailureException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(conflict("problem.changedMeanwhile"));
    }

    private ProblemDetail conflict(String titleKey) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        problem.setType(URI.create("about:blank"));
        problem.setTitle(messages.getMessage(titleKey, null, locale));
        problem.setDetail(messages.getMessage(titleKey + ".detail", null, locale));
        return problem;
    }
}
