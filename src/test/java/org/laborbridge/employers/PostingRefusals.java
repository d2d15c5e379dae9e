package org.laborbridge.employers;

import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;

/** The first reason a service call was refused, as {@code field:CODE}. */
final class PostingRefusals {

    private PostingRefusals() {}

    static String codeOf(Runnable call) {
        try {
            call.run();
        } catch (InvalidInputException refused) {
            Violation first = refused.violations().get(0);
            return first.field() + ":" + first.code();
        }
        throw new AssertionError("Expected a refusal");
    }
}
