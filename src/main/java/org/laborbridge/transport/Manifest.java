package org.laborbridge.transport;

import java.util.List;

/**
 * A trip with its travellers, in the caller's sight: an EMPLOYER sees only the lines of their own
 * hires. {@code requiredChecks} are the pre-departure checks configured
 * ({@code laborbridge.transport.pre-departure-checks}); {@code full} tells whether numbers are
 * shown in full.
 */
public record Manifest(TripView trip, List<ManifestLine> lines, List<String> requiredChecks, boolean full) {

    public Manifest {
        lines = List.copyOf(lines);
        requiredChecks = List.copyOf(requiredChecks);
    }
}
