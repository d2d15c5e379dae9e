package org.laborbridge.employers;

import java.util.Map;

/**
 * A part of an enterprise's page ({@code /employers/{id}}) that a downstream module contributes,
 * such as the subsidies claimed for the enterprise. The employers module owns the page but knows
 * none of those modules; each one registers a bean and scopes its data to the caller itself.
 */
public interface EmployerPageSection {

    /** Lower comes first; every section follows the enterprise's details and postings. */
    int position();

    /** The Thymeleaf fragment that renders the section, e.g. {@code subsidies/sections :: employer}. */
    String fragment();

    /**
     * What the fragment reads as {@code ${section.data}} for the enterprise as the caller sees it
     * (masked). An empty map leaves the section out: the caller has nothing to see there.
     */
    Map<String, Object> data(EmployerView employer);
}
