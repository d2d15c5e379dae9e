/** Poverty-alleviation workshops in partner counties and their local employees. */
@org.springframework.modulith.ApplicationModule(displayName = "Workshops")
package org.laborbridge.workshops;
