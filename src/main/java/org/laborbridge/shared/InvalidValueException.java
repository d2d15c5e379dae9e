package org.laborbridge.shared;

/**
 * A value that cannot exist, such as a resident ID with a wrong check character. Carries a
 * stable code for clients and a message key so every layer can explain it in the user's
 * language without parsing text.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String valueType;
    private final String code;

    public InvalidValueException(String valueType, String code) {
        super(valueType + " is invalid: " + code);
        this.valueType = valueType;
        this.code = code;
    }

    /** The kind of value, e.g. {@code residentId}; also the default field name. */
    public String valueType() {
        return valueType;
    }

    /** A stable machine-readable reason, e.g. {@code CHECKSUM}. */
    public String code() {
        return code;
    }

    /** The message bundle key {@code invalid.<valueType>.<code>}. */
    public String messageKey() {
        return "invalid." + valueType + "." + code;
    }
}
