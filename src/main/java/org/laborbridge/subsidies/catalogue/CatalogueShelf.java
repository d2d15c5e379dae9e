package org.laborbridge.subsidies.catalogue;

import java.util.List;
import java.util.Optional;
import org.laborbridge.subsidies.PolicyVersion;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.policy.PolicyKind;
import org.laborbridge.subsidies.policy.PolicyTerms;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The policies as the module's own judges read them, without the catalogue's reader check: a worker
 * or an enterprise may not browse the catalogue, yet must learn which policies apply to their own
 * placement or trip. Only code inside the subsidies module reaches this class.
 */
@Component
@Transactional(readOnly = true)
public class CatalogueShelf {

    private final PolicyRows rows;

    CatalogueShelf(PolicyRows rows) {
        this.rows = rows;
    }

    /** The latest version of every policy, by code. */
    public List<PolicyView> latestOfEach() {
        return rows.latestOfEach();
    }

    public Optional<PolicyView> latest(String code) {
        return rows.latest(code);
    }

    /** The latest version of every policy of the kind, by code. */
    public List<PolicyView> latestOfKind(PolicyKind kind) {
        return rows.latestOfEach().stream()
                .filter(policy -> policy.terms().kind() == kind)
                .toList();
    }

    /** The terms of a stored version: what a claim was judged by. */
    public PolicyTerms terms(PolicyVersion version) {
        return rows.version(version)
                .orElseThrow(() ->
                        new IllegalStateException("A claim names policy version " + version + " that is not stored"))
                .terms();
    }
}
