/** The job-seeker registry: one record per person from the partner regions. */
@org.springframework.modulith.ApplicationModule(displayName = "Workers")
package org.laborbridge.workers;
