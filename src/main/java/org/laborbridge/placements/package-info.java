/**
 * Hires and the retention follow-ups that show people stay in work. Fairs (with their applications)
 * depend on placements, never the other way round.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Placements",
        allowedDependencies = {"shared", "shared :: web", "identity", "workers", "employers"})
package org.laborbridge.placements;
