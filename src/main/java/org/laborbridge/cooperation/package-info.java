/** Partner regions and the cooperation agreements that say which policies apply to them. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Cooperation",
        allowedDependencies = {"shared", "shared :: web", "identity"})
package org.laborbridge.cooperation;
