package org.laborbridge.employers.registry;

import java.time.LocalDate;
import java.util.Set;
import org.laborbridge.employers.PostingStatus;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;

/**
 * Which status a posting may move to. A draft is published once; a closed posting stays closed,
 * because people applied to what it said.
 */
final class PostingTransitions {

    static final Set<PostingStatus> CHANGEABLE = Set.of(PostingStatus.DRAFT, PostingStatus.OPEN, PostingStatus.FILLED);

    private PostingTransitions() {}

    static void checkPublish(PostingStatus status, ValidityPeriod validity, LocalDate today) {
        if (status != PostingStatus.DRAFT) {
            throw invalidTransition();
        }
        if (validity.isOverOn(today)) {
            throw new InvalidInputException(
                    Violation.of("validUntil", "EXPIRED", "employers.invalid.validUntil.EXPIRED", validity.until()));
        }
    }

    static void checkClose(PostingStatus status) {
        if (!CHANGEABLE.contains(status)) {
            throw invalidTransition();
        }
    }

    static void checkChange(PostingStatus status) {
        if (!CHANGEABLE.contains(status)) {
            throw new InvalidInputException(
                    Violation.of("status", "NOT_CHANGEABLE", "employers.invalid.status.NOT_CHANGEABLE"));
        }
    }

    /** After a headcount change an open posting is FILLED exactly when no openings are left. */
    static PostingStatus afterHeadcountChange(PostingStatus status, int openingsLeft) {
        if (status == PostingStatus.DRAFT) {
            return status;
        }
        return openingsLeft == 0 ? PostingStatus.FILLED : PostingStatus.OPEN;
    }

    private static InvalidInputException invalidTransition() {
        return new InvalidInputException(
                Violation.of("status", "INVALID_TRANSITION", "employers.invalid.status.INVALID_TRANSITION"));
    }
}
