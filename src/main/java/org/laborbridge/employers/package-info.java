/** Enterprises and their job postings. */
@org.springframework.modulith.ApplicationModule(displayName = "Employers")
package org.laborbridge.employers;
