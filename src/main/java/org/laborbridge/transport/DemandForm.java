package org.laborbridge.transport;

import java.time.LocalDate;
import org.laborbridge.placements.PlacementId;

/**
 * Who needs to travel, for which job, on which days: the placement names the worker, the employer
 * and the place of work; {@code earliest}–{@code latest} is the travel window (both included,
 * before the start date); {@code gatheringPoint} where they can be picked up at home.
 */
public record DemandForm(
        PlacementId placement, LocalDate earliest, LocalDate latest, String gatheringPoint, String note) {}
