package org.laborbridge.reporting.dashboard;

import java.util.Optional;
import org.laborbridge.fairs.FairId;
import org.laborbridge.fairs.Fairs;
import org.laborbridge.shared.RecordNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The names of the fairs the figures are broken down by ({@code detail} holds the fair id). The
 * only place the dashboard asks the fairs module for more than figures, so a lookup of many fairs
 * at once can replace it here alone.
 */
@Component
class FairNames {

    private final Fairs fairs;

    FairNames(Fairs fairs) {
        this.fairs = fairs;
    }

    /** The fair's name, or empty for a blank, unreadable or unknown id. */
    Optional<String> name(String fairId) {
        Optional<FairId> id = FairId.parse(fairId);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(fairs.find(id.get()).name());
        } catch (RecordNotFoundException gone) {
            return Optional.empty();
        }
    }
}
