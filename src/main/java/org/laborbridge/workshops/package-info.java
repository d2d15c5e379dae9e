/**
 * Poverty-alleviation workshops (扶贫车间) in partner counties, their operating model, the
 * recognition criteria they are held to, and the local people they employ.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Workshops",
        allowedDependencies = {"shared", "shared :: web", "identity", "cooperation", "workers", "employers"})
package org.laborbridge.workshops;
