package org.laborbridge.matching.scoring;

/** A candidate with its points, as a recommendation list or a preference list holds it. */
public record Ranked<T>(T candidate, int points) {}
