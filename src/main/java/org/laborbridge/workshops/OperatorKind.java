package org.laborbridge.workshops;

/** Who runs a workshop: an enterprise, or a farmers' cooperative. */
public enum OperatorKind {
    ENTERPRISE,
    COOPERATIVE;

    public String messageKey() {
        return "workshops.operatorKind." + name();
    }
}
