package org.laborbridge.employers;

import java.time.Instant;
import org.laborbridge.shared.RegionCode;

/** The bureau registered an enterprise. */
public record EmployerRegistered(EmployerId employer, RegionCode region, Instant at) {}
