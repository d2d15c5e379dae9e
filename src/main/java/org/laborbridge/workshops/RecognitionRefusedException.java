package org.laborbridge.workshops;

/**
 * A recognition decision the workshop's status does not allow: withdrawing one that is not flagged,
 * recognising again one that is not withdrawn or still below the criteria. 409, worded by
 * {@code workshops.refused.<code>}.
 */
public class RecognitionRefusedException extends RuntimeException {

    public static final String NOT_FLAGGED = "NOT_FLAGGED";
    public static final String NOT_WITHDRAWN = "NOT_WITHDRAWN";
    public static final String CRITERIA_UNMET = "CRITERIA_UNMET";

    private final String code;

    public RecognitionRefusedException(String code) {
        super("Recognition decision refused: " + code);
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "workshops.refused." + code;
    }
}
