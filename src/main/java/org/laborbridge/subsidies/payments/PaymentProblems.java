package org.laborbridge.subsidies.payments;

import java.net.URI;
import java.util.Locale;
import org.laborbridge.subsidies.StepOutOfOrderException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A step out of order on the payment API (paying a settled batch or line) answers 409 with its
 * code. Scoped to this package's API so that it never competes with the claims' own handler.
 */
@RestControllerAdvice(assignableTypes = PaymentBatchesApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PaymentProblems {

    private final MessageSource messages;

    PaymentProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(StepOutOfOrderException.class)
    ResponseEntity<ProblemDetail> outOfOrder(StepOutOfOrderException e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        problem.setType(URI.create("about:blank"));
        problem.setTitle(messages.getMessage("subsidies.payments.problem.outOfOrder", null, "Conflict", locale));
        problem.setDetail(messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
        problem.setProperty("code", e.code());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
