package org.laborbridge.employers;

import java.util.Map;

/**
 * A part of a job posting's page ({@code /employers/{e}/postings/{p}}) that a downstream module
 * contributes, such as the workers recommended for it. The employers module owns the page but
 * knows none of those modules; each one registers a bean and scopes its data to the caller itself.
 */
public interface PostingPageSection {

    /** Lower comes first; every section follows the posting's own details. */
    int position();

    /** The Thymeleaf fragment that renders the section, e.g. {@code matching/sections :: posting}. */
    String fragment();

    /**
     * What the fragment reads as {@code ${section.data}} for the posting as the caller sees it. An
     * empty map leaves the section out: the caller has nothing to see there.
     */
    Map<String, Object> data(JobPostingView posting);
}
