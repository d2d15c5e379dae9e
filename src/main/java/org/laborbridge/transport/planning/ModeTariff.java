package org.laborbridge.transport.planning;

import java.util.Objects;
import org.laborbridge.shared.Money;
import org.laborbridge.transport.TransportMode;

/** What one chartered vehicle of a mode holds and costs, e.g. a bus of 50 seats for 8,000 yuan. */
public record ModeTariff(TransportMode mode, int seats, Money pricePerVehicle) {

    public ModeTariff {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(pricePerVehicle, "pricePerVehicle");
        if (seats < 1) {
            throw new IllegalArgumentException(mode + " needs at least one seat, not " + seats);
        }
    }
}
