/**
 * The dashboard, statistics and exports: figures learnt from the other modules' public APIs,
 * pre-aggregated by metric, county and month.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Reporting",
        allowedDependencies = {
            "shared",
            "shared :: web",
            "identity",
            "cooperation",
            "transport",
            "fairs",
            "placements",
            "subsidies",
            "workshops"
        })
package org.laborbridge.reporting;
