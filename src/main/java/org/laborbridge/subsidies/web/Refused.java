package org.laborbridge.subsidies.web;

import java.util.List;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.web.Refusals;
import org.laborbridge.subsidies.StepOutOfOrderException;
import org.springframework.context.MessageSource;

/** A refusal as the claim page shows it: which form failed and each reason in the reader's language. */
record Refused(String form, List<String> messages) {

    static Refused of(String form, InvalidInputException invalid, MessageSource messages) {
        return new Refused(form, Refusals.all(invalid, messages));
    }

    static Refused of(String form, StepOutOfOrderException outOfOrder, MessageSource messages) {
        return new Refused(form, List.of(StepOrderProblems.message(outOfOrder, messages)));
    }
}
