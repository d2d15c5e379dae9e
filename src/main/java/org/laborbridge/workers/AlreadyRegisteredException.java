package org.laborbridge.workers;

/** The resident ID belongs to a worker already registered: one person, one record. */
public class AlreadyRegisteredException extends RuntimeException {

    private final WorkerId existing;

    /** {@code existing} is null when the caller may not know that record exists. */
    public AlreadyRegisteredException(WorkerId existing) {
        super("Resident ID already registered" + (existing == null ? "" : " as worker " + existing));
        this.existing = existing;
    }

    public java.util.Optional<WorkerId> existing() {
        return java.util.Optional.ofNullable(existing);
    }
}
