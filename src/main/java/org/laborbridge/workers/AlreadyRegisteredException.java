package org.laborbridge.workers;

/** The resident ID belongs to a worker already registered: one person, one record. */
public class AlreadyRegisteredException extends RuntimeException {

    private final WorkerId existing;

    public AlreadyRegisteredException(WorkerId existing) {
        super("Resident ID already registered as worker " + existing);
        this.existing = existing;
    }

    public WorkerId existing() {
        return existing;
    }
}
