package org.laborbridge.employers;

import java.util.Optional;

/**
 * The one way into the enterprise register, for pages, API and other modules alike. Bureau staff
 * and partners see every enterprise, an EMPLOYER only their own; anything else answers as if it
 * did not exist.
 */
public interface Employers {

    /**
     * ADMIN and CASEWORKER. Refused with field {@code creditCode} code {@code DUPLICATE} when the
     * code is already registered, also when two registrations race.
     */
    EmployerView register(EmployerForm form);

    /** Bureau staff who register, or the EMPLOYER of that enterprise. */
    EmployerView change(EmployerId id, EmployerForm form);

    /** ADMIN and CASEWORKER; who and when are kept. Verifying twice keeps the first. */
    EmployerView verify(EmployerId id);

    /**
     * Ties an existing EMPLOYER account to this enterprise, which is what scopes its HR user
     * (ADMIN only; audited; takes effect at that user's next sign-in). Refused by field
     * {@code username} when there is no EMPLOYER account of that name.
     */
    void linkAccount(EmployerId id, String username);

    /** Throws {@code RecordNotFoundException} when missing or outside the caller's scope. */
    EmployerView find(EmployerId id);

    /** Bureau staff and partners; {@code q} matches the name or the credit code. */
    EmployerPage search(String q, int page, int size);

    /** No scope check: enterprise names are public. Empty for an unknown id. */
    String nameOf(EmployerId id);

    /** ADMIN or CASEWORKER, or the EMPLOYER linked to this enterprise. */
    boolean mayActFor(EmployerId id);

    /** The signed-in EMPLOYER's enterprise; empty for every other caller. */
    Optional<EmployerId> ofCurrentCaller();

    /** Whether the caller may register and verify enterprises. */
    boolean mayRegister();
}
