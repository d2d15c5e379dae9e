package org.laborbridge.reporting.monthly;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A step a report's state does not allow: the API answers 409 problem details with the step's
 * {@code code} and the reason in the caller's language; a page that did not catch it shows the
 * error page with 409 and the reason.
 */
@ControllerAdvice(basePackages = "org.laborbridge.reporting.monthly")
@Order(Ordered.HIGHEST_PRECEDENCE)
class MonthlyProblems {

    private final MessageSource messages;

    MonthlyProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(StepRefusedException.class)
    Object refused(StepRefusedException e, HttpServletRequest request) {
        String message = message(e, messages);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Locale locale = LocaleContextHolder.getLocale();
            ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
            problem.setType(URI.create("about:blank"));
            problem.setTitle(messages.getMessage("reporting.monthly.problem.conflict", null, locale));
            problem.setDetail(message);
            problem.setProperty("code", e.code());
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.CONFLICT);
        page.addObject("status", HttpStatus.CONFLICT.value());
        page.addObject("reasons", List.of(message));
        return page;
    }

    static String message(StepRefusedException e, MessageSource messages) {
        return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale());
    }
}
