package org.laborbridge.subsidies.catalogue;

import java.util.List;
import java.util.Optional;
import org.laborbridge.subsidies.PolicyView;
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
}
