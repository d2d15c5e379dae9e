package org.laborbridge.subsidies.policy;

/** Who receives the money of a policy. */
public enum Payee {
    WORKER,
    EMPLOYER,
    SERVICE_PROVIDER
}
