/**
 * Point-to-point chartered trips in numbered batches: transport demand from the origin, the
 * planner, manifests, boarding, arrival hand-over and each traveller's share of the cost.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Transport",
        allowedDependencies = {
            "shared",
            "shared :: web",
            "identity",
            "cooperation",
            "workers",
            "employers",
            "placements"
        })
package org.laborbridge.transport;
