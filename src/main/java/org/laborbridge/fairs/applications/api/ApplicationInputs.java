package org.laborbridge.fairs.applications.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.laborbridge.fairs.OfferTerms;
import org.laborbridge.fairs.applications.StepInput;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.Violation;

/**
 * What clients send. Everything arrives as text or a plain number, so that a mistyped value is
 * reported as 422 with the field's name rather than as an unreadable body.
 */
final class ApplicationInputs {

    private ApplicationInputs() {}

    /** {@code fair} is optional. */
    record ApplyInput(String worker, String posting, String fair) {}

    /**
     * {@code code} is the QR token on the worker's sign-up as scanned at the booth (staff may give
     * an ID number); {@code worker}, a record id, is for bureau staff only.
     */
    record IntentionInput(String fair, String posting, String worker, String code) {}

    /** {@code at}: ISO date-time, with an offset or in the bureau's time; both optional. */
    record InterviewInput(String at, String note) {

        Instant time() {
            return StepInput.interviewTime(at);
        }
    }

    /** {@code monthlyWage} in yuan, e.g. {@code 5200} or {@code "5200.00"}. */
    record OfferInput(String startDate, Integer contractMonths, BigDecimal monthlyWage) {

        OfferTerms terms() {
            return StepInput.offerTerms(
                    startDate,
                    contractMonths == null ? null : contractMonths.toString(),
                    monthlyWage == null ? null : monthlyWage.toPlainString());
        }
    }

    record RejectInput(String reason) {}

    /** A missing id is a mistake in the request; one that names nothing is a record not found. */
    static <T> T id(String field, String text, Function<String, Optional<T>> parse) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(required(field));
        }
        return parse.apply(text.strip()).orElseThrow(() -> new RecordNotFoundException(field, text));
    }

    static <T> T optionalId(String field, String text, Function<String, Optional<T>> parse) {
        return text == null || text.isBlank() ? null : id(field, text, parse);
    }

    private static Violation required(String field) {
        return Violation.of(field, "REQUIRED", "invalid.field.REQUIRED");
    }
}
