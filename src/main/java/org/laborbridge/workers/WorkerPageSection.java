package org.laborbridge.workers;

import java.util.Map;

/**
 * A part of a worker's record page ({@code /workers/{id}}) that a downstream module contributes,
 * such as the subsidies claimed for the worker. The registry owns the page but knows none of those
 * modules; each one registers a bean and scopes its data to the caller itself.
 */
public interface WorkerPageSection {

    /** Lower comes first; every section follows the record's own cards and precedes the timeline. */
    int position();

    /** The Thymeleaf fragment that renders the section, e.g. {@code subsidies/sections :: worker}. */
    String fragment();

    /**
     * What the fragment reads as {@code ${section.data}} for the worker as the caller sees them
     * (masked). An empty map leaves the section out: the caller has nothing to see there.
     */
    Map<String, Object> data(WorkerRecord worker);
}
