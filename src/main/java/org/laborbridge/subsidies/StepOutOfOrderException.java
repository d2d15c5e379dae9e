package org.laborbridge.subsidies;

/**
 * A step that the claim's status does not allow yet or any more, such as approving a claim still in
 * review or paying a batch twice: 409 with the wording {@code subsidies.order.<code>}.
 */
public class StepOutOfOrderException extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    public StepOutOfOrderException(String code, Object... arguments) {
        super("Step out of order: " + code);
        this.code = code;
        this.arguments = arguments.clone();
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "subsidies.order." + code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
