package org.laborbridge.subsidies.policy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;

/**
 * Everything the engine judges, gathered by the caller from workers, placements and transport.
 * {@code employer} is null when the basis has none (a trip taken before a hire).
 */
public record Facts(Worker worker, Basis basis, EmployerId employer) {

    public Facts {
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(basis, "basis");
    }

    /** Completed years on the basis day: the age that policies mean by "aged 16 to 60". */
    int ageOnBasisDay() {
        return Period.between(worker.birthDate(), basis.day()).getYears();
    }

    public record Worker(boolean registeredPoor, RegionCode householdCounty, LocalDate birthDate) {

        public Worker {
            Objects.requireNonNull(householdCounty, "householdCounty");
            Objects.requireNonNull(birthDate, "birthDate");
        }
    }

    /**
     * A placement carries the contract and what retention checks confirmed; a trip share carries
     * the traveller's cost, the batch size and the distance. Fields a basis does not have are zero,
     * so a placement condition judged on a trip reads as "contract 0 months" rather than failing.
     */
    public record Basis(
            BasisKind kind,
            LocalDate day,
            int contractMonths,
            int monthsEmployedConfirmed,
            boolean socialInsuranceConfirmed,
            Money tripShare,
            int batchSize,
            int distanceKm) {

        public Basis {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(day, "day");
            tripShare = tripShare == null ? Money.ZERO : tripShare;
            if (contractMonths < 0 || monthsEmployedConfirmed < 0 || batchSize < 0 || distanceKm < 0) {
                throw new IllegalArgumentException("Counts of months, people and kilometres are never negative");
            }
        }

        public static Basis placement(
                LocalDate startDate,
                int contractMonths,
                int monthsEmployedConfirmed,
                boolean socialInsuranceConfirmed) {
            return new Basis(
                    BasisKind.PLACEMENT,
                    startDate,
                    contractMonths,
                    monthsEmployedConfirmed,
                    socialInsuranceConfirmed,
                    Money.ZERO,
                    0,
                    0);
        }

        public static Basis tripShare(LocalDate departureDay, Money share, int batchSize, int distanceKm) {
            return new Basis(BasisKind.TRIP_SHARE, departureDay, 0, 0, false, share, batchSize, distanceKm);
        }
    }
}
