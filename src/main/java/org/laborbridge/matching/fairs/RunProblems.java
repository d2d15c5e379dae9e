package org.laborbridge.matching.fairs;

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
 * A confirmation the run's state does not allow: the API answers 409 problem details with the
 * {@code code}; a page gets the error page with status 409 and the reason in words.
 */
@ControllerAdvice(basePackages = "org.laborbridge.matching.fairs")
@Order(Ordered.HIGHEST_PRECEDENCE)
class RunProblems {

    private final MessageSource messages;

    RunProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RunConflictException.class)
    Object conflict(RunConflictException e, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String message = messages.getMessage(e.messageKey(), null, e.messageKey(), locale);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
            problem.setType(URI.create("about:blank"));
            problem.setTitle(messages.getMessage("matching.fairs.conflict.title", null, locale));
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
}
