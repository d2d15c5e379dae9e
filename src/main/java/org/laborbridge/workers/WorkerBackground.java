package org.laborbridge.workers;

import java.time.LocalDate;

/**
 * What another module's rules need to know of a person whom it has already shown the caller may
 * see, such as a subsidy judged for a placement: the facts its conditions read (household county,
 * registered-poor status, birth date for an age range) with the name and the masked number to show.
 * Never the full resident ID.
 */
public record WorkerBackground(
        WorkerId id,
        String name,
        String maskedResidentId,
        String householdCounty,
        boolean registeredPoor,
        LocalDate birthDate) {}
