/** Subsidy policies, eligibility, four-eyes approval, public notice and payment. */
@org.springframework.modulith.ApplicationModule(displayName = "Subsidies")
package org.laborbridge.subsidies;
