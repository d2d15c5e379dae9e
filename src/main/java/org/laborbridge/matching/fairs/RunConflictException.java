package org.laborbridge.matching.fairs;

/**
 * A confirmation the run's state does not allow: already confirmed, or a later run exists. The API
 * answers 409 with the {@code code}; the page shows the reason. Nothing is changed.
 */
class RunConflictException extends RuntimeException {

    private final String code;

    RunConflictException(String code) {
        super("Assignment run refused: " + code);
        this.code = code;
    }

    String code() {
        return code;
    }

    String messageKey() {
        return "matching.fairs.conflict." + code;
    }
}
