/** Enterprises and their job postings. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Employers",
        allowedDependencies = {"shared", "shared :: web", "identity", "workers"})
package org.laborbridge.employers;
