package org.laborbridge.transport.planning;

import org.laborbridge.shared.Money;
import org.laborbridge.transport.TransportMode;

/**
 * What one day's travellers would have cost with this mode alone ({@code vehicles} of it), next to
 * how many of its vehicles the plan actually uses, so a caseworker sees why the planner chose.
 */
public record ModeOption(TransportMode mode, int vehicles, Money cost, Money costPerPerson, int vehiclesChosen) {}
