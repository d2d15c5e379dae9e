/** Recruitment fairs, on site and online, with their sign-ups, applications and offers. */
@org.springframework.modulith.ApplicationModule(displayName = "Fairs")
package org.laborbridge.fairs;
