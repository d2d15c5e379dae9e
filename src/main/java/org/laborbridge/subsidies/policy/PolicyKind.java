package org.laborbridge.subsidies.policy;

/** The four kinds of subsidy the bureau pays (see the glossary in DESIGN.md). */
public enum PolicyKind {
    /** 一次性用工补贴 / 求职创业补贴: paid to a worker for taking up a job. */
    WORKER_EMPLOYMENT,
    /** 一次性吸纳就业补贴: paid to an enterprise per registered-poor worker hired. */
    EMPLOYER_HIRING,
    /** 交通补贴: a traveller's share of a point-to-point trip. */
    TRANSPORT,
    /** 政府购买服务: a labor agency paid per placement. */
    SERVICE_PURCHASE
}
