package org.laborbridge.subsidies.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.laborbridge.subsidies.StepOutOfOrderException;
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
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A step the claim's status does not allow, wherever in the subsidies module it was tried: the API
 * answers 409 problem details with the step's {@code code}; a page form that came from a subsidies
 * page goes back there with the reason shown ({@code refusedFlash}); anything else gets the error
 * page with status 409 and the reason.
 */
@ControllerAdvice(basePackages = "org.laborbridge.subsidies")
@Order(Ordered.HIGHEST_PRECEDENCE)
class StepOrderProblems {

    static final String FLASH = "refusedFlash";

    private final MessageSource messages;

    StepOrderProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(StepOutOfOrderException.class)
    Object outOfOrder(StepOutOfOrderException e, HttpServletRequest request) {
        String message = message(e, messages);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Locale locale = LocaleContextHolder.getLocale();
            ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
            problem.setType(URI.create("about:blank"));
            problem.setTitle(messages.getMessage("problem.stepOutOfOrder", null, locale));
            problem.setDetail(message);
            problem.setProperty("code", e.code());
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        String back = backTo(request);
        if (back != null) {
            RequestContextUtils.getOutputFlashMap(request).put(FLASH, message);
            return new ModelAndView("redirect:" + back);
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.CONFLICT);
        page.addObject("status", HttpStatus.CONFLICT.value());
        page.addObject("problemKey", "problem.page.stepOutOfOrder");
        page.addObject("reasons", List.of(message));
        return page;
    }

    static String message(StepOutOfOrderException e, MessageSource messages) {
        return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale());
    }

    /** The subsidies page a posted form came from, by its path only, so that no redirect leaves the site. */
    private static String backTo(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (!"POST".equals(request.getMethod()) || referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith(request.getContextPath() + "/subsidies")) {
                return null;
            }
            return path.substring(request.getContextPath().length())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }
}
