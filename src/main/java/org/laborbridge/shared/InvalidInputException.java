package org.laborbridge.shared;

import java.util.List;

/** Input refused for one or more reasons; nothing was changed. The web layer answers 422. */
public class InvalidInputException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super("Invalid input: " + violations.stream().map(Violation::code).toList());
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("An invalid input needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }
}
