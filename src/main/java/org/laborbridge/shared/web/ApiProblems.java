package org.laborbridge.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.InvalidValueException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns every refusal into RFC 9457 problem details for API callers, in their language, and
 * never lets a stack trace or SQL reach a client. Page requests fall through to the error pages.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidValueException.class)
    Object invalidValue(InvalidValueException e, HttpServletRequest request) {
        return invalid(request, List.of(Violation.of(e.valueType(), e)));
    }

    @ExceptionHandler(InvalidInputException.class)
    Object invalidInput(InvalidInputException e, HttpServletRequest request) {
        return invalid(request, e.violations());
    }

    @ExceptionHandler(BindException.class)
    Object bindingFailed(BindException e, HttpServletRequest request) {
        List<Violation> violations = e.getFieldErrors().stream()
                .map(error -> Violation.of(
                        error.getField(), codeOf(error.getCode()), "invalid.field." + codeOf(error.getCode())))
                .toList();
        return invalid(request, violations);
    }

    @ExceptionHandler(RecordNotFoundException.class)
    Object notFound(RecordNotFoundException e, HttpServletRequest request) {
        return problemOrPage(request, HttpStatus.NOT_FOUND, "problem.notFound");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object wrongType(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return invalid(request, List.of(Violation.of(e.getName(), "TYPE", "invalid.field.TYPE")));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return invalid(request, List.of(Violation.of(e.getParameterName(), "REQUIRED", "invalid.field.REQUIRED")));
    }

    /**
     * Two requests waiting on each other's rows: the database gave one up (deadlock, lock timeout,
     * serialization), so nothing of it was stored and trying again will normally succeed.
     */
    @ExceptionHandler({PessimisticLockingFailureException.class, CannotAcquireLockException.class})
    Object lockConflict(Exception e, HttpServletRequest request) {
        log.warn("Lock conflict on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return problemOrPage(request, HttpStatus.CONFLICT, "problem.busy");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(Exception e, HttpServletRequest request) {
        return problemOrPage(request, HttpStatus.BAD_REQUEST, "problem.badRequest");
    }

    /**
     * Spring's own refusals (unknown path, wrong method, file too large ...) keep their status;
     * anything else is a failure of our own making: logged in full for operators, told in one
     * sentence to users.
     */
    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e;
        }
        if (e instanceof ErrorResponse refusal) {
            HttpStatus status = HttpStatus.resolve(refusal.getStatusCode().value());
            return problemOrPage(request, status == null ? HttpStatus.BAD_REQUEST : status, titleKeyFor(status));
        }
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problemOrPage(request, HttpStatus.INTERNAL_SERVER_ERROR, "problem.internal");
    }

    /**
     * A page whose controller did not catch a refusal still says why, in words, instead of
     * handing the browser a JSON document.
     */
    private Object invalid(HttpServletRequest request, List<Violation> violations) {
        Locale locale = LocaleContextHolder.getLocale();
        if (!isApi(request)) {
            ModelAndView page = new ModelAndView("error");
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            page.addObject("status", HttpStatus.UNPROCESSABLE_CONTENT.value());
            page.addObject(
                    "reasons",
                    violations.stream()
                            .map(v -> describe(v, locale).get("message"))
                            .toList());
            return page;
        }
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "problem.invalid");
        problem.setProperty(
                "errors", violations.stream().map(v -> describe(v, locale)).toList());
        return ResponseEntity.unprocessableContent().body(problem);
    }

    private Map<String, Object> describe(Violation violation, Locale locale) {
        String message = messages.getMessage(
                violation.messageKey(), violation.arguments().toArray(), violation.messageKey(), locale);
        if (violation.row() == null) {
            return Map.of("field", violation.field(), "code", violation.code(), "message", message);
        }
        return Map.of("row", violation.row(), "field", violation.field(), "code", violation.code(), "message", message);
    }

    private Object problemOrPage(HttpServletRequest request, HttpStatus status, String titleKey) {
        if (isApi(request)) {
            return ResponseEntity.status(status).body(problem(status, titleKey));
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        return page;
    }

    private ProblemDetail problem(HttpStatus status, String titleKey) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.getMessage(titleKey, null, status.getReasonPhrase(), locale));
        problem.setDetail(messages.getMessage(titleKey + ".detail", null, problem.getTitle(), locale));
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static String titleKeyFor(HttpStatus status) {
        if (status == null) {
            return "problem.badRequest";
        }
        return switch (status) {
            case NOT_FOUND -> "problem.notFound";
            case METHOD_NOT_ALLOWED -> "problem.methodNotAllowed";
            case UNSUPPORTED_MEDIA_TYPE -> "problem.unsupportedMediaType";
            case CONTENT_TOO_LARGE -> "problem.tooLarge";
            default -> status.is5xxServerError() ? "problem.internal" : "problem.badRequest";
        };
    }

    private static String codeOf(String validationCode) {
        return validationCode == null
                ? "INVALID"
                : switch (validationCode) {
                    case "NotNull", "NotBlank", "NotEmpty" -> "REQUIRED";
                    case "Size", "Length" -> "LENGTH";
                    case "Min", "Max", "Positive", "PositiveOrZero", "DecimalMin", "DecimalMax" -> "RANGE";
                    case "Pattern", "Email" -> "FORMAT";
                    case "typeMismatch" -> "TYPE";
                    default -> "INVALID";
                };
    }
}
