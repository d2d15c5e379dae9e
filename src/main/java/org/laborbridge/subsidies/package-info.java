/** Subsidy policies, eligibility, four-eyes approval, public notice and payment. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Subsidies",
        allowedDependencies = {
            "shared",
            "shared :: web",
            "identity",
            "cooperation",
            "workers",
            "employers",
            "placements",
            "transport"
        })
package org.laborbridge.subsidies;
