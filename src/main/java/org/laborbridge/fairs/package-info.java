/** Recruitment fairs, on site and online, with their sign-ups, applications and offers. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Fairs",
        allowedDependencies = {"shared", "shared :: web", "identity", "workers", "employers", "placements"})
package org.laborbridge.fairs;
