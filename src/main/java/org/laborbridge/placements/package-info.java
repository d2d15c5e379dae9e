/** Hires and the retention follow-ups that show people stay in work. */
@org.springframework.modulith.ApplicationModule(displayName = "Placements")
package org.laborbridge.placements;
