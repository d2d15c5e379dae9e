package org.laborbridge.shared;

/**
 * The record does not exist, or the caller may not know that it exists: both answer 404 so
 * that scope checks never leak which IDs are taken.
 */
public class RecordNotFoundException extends RuntimeException {

    private final String recordType;

    public RecordNotFoundException(String recordType, Object id) {
        super(recordType + " " + id + " not found");
        this.recordType = recordType;
    }

    public String recordType() {
        return recordType;
    }
}
