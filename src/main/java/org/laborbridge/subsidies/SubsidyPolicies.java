package org.laborbridge.subsidies;

import java.util.List;
import org.laborbridge.subsidies.policy.PolicyTerms;

/**
 * The versioned policy catalogue. Only ADMIN changes it; bureau staff and PARTNER read it; EMPLOYER
 * and WORKER get {@code AccessDeniedException} (403) for both. A revision stores the next version
 * and never touches the earlier ones. Unknown codes and versions answer
 * {@code RecordNotFoundException} (404).
 */
public interface SubsidyPolicies {

    /**
     * Registers the policy as version 1. Refuses with {@code InvalidInputException}: code REQUIRED,
     * FORMAT (capitals, digits, '-' and '_', at most 50) or DUPLICATE; name REQUIRED or TOO_LONG.
     * Contradictory terms never reach here: {@link PolicyTerms} refuses them when built.
     */
    PolicyView register(String code, String name, PolicyTerms terms);

    /** Stores the terms as the policy's next version. */
    PolicyView revise(String code, PolicyTerms terms);

    /** The latest version. */
    PolicyView find(String code);

    PolicyView version(String code, int version);

    /** Every version of the policy, oldest first. */
    List<PolicyView> history(String code);

    /** The latest version of every policy, by code. */
    List<PolicyView> all();

    /** Whether the caller may register and revise policies (ADMIN). */
    boolean mayChange();
}
