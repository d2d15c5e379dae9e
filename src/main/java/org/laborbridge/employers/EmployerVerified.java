package org.laborbridge.employers;

import java.time.Instant;
import org.laborbridge.shared.RegionCode;

/** The bureau checked an enterprise's registration; {@code by} is the user name. */
public record EmployerVerified(EmployerId employer, RegionCode region, String by, Instant at) {}
