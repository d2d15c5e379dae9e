package org.laborbridge.reporting.monthly;

/**
 * A step the report's state does not allow: a second submission of a month, a report out of
 * order, locking or returning what is not waiting for approval, touching a locked report. 409 with
 * the wording {@code reporting.monthly.order.<code>}; nothing was stored.
 */
public class StepRefusedException extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    public StepRefusedException(String code, Object... arguments) {
        super("Monthly report step refused: " + code);
        this.code = code;
        this.arguments = arguments.clone();
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "reporting.monthly.order." + code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
