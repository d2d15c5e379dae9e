package org.laborbridge.reporting.dashboard;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.laborbridge.fairs.FairId;
import org.laborbridge.fairs.FairView;
import org.laborbridge.fairs.Fairs;
import org.springframework.stereotype.Component;

/**
 * The names of the fairs the figures are broken down by ({@code detail} holds the fair id), all in
 * one call to the fairs module: the only thing the dashboard asks it besides figures.
 */
@Component
class FairNames {

    private final Fairs fairs;

    FairNames(Fairs fairs) {
        this.fairs = fairs;
    }

    /** The name of each known fair among {@code fairIds}; blank, unreadable and unknown ids are left out. */
    Map<String, String> names(Collection<String> fairIds) {
        Map<FairId, String> ids = new HashMap<>();
        for (String fairId : fairIds) {
            FairId.parse(fairId).ifPresent(id -> ids.putIfAbsent(id, fairId));
        }
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        for (FairView fair : fairs.fairsNamed(ids.keySet())) {
            names.put(ids.get(fair.id()), fair.name());
        }
        return names;
    }
}
