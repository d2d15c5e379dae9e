package org.laborbridge.subsidies;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.shared.Money;
import org.laborbridge.subsidies.policy.BasisKind;
import org.laborbridge.workers.WorkerId;

/**
 * What a claim rests on, as the subsidies module sees it: a placement ({@code id} is the placement)
 * or a traveller's share of a trip ({@code id} is the trip, the traveller is {@code worker}).
 * {@code day} is the placement's start or the trip's departure day, the day a policy's validity and
 * date conditions are judged against. {@code employer} is null for a trip taken before a hire;
 * {@code tripShare} and {@code operator} are set for trip shares only.
 */
public record ClaimBasis(
        BasisKind kind,
        UUID id,
        WorkerId worker,
        String workerName,
        String householdCounty,
        EmployerId employer,
        String employerName,
        LocalDate day,
        Money tripShare,
        String operator) {

    public ClaimBasis {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(householdCounty, "householdCounty");
        Objects.requireNonNull(day, "day");
    }
}
