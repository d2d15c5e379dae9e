package org.laborbridge.workers;

import java.util.Map;

/**
 * A part of the worker's own phone page ({@code /me}) that a downstream module contributes: the
 * fairs open to them, their applications, their job, later their trip and subsidies. The
 * registry owns the page but knows none of those modules; each one registers a bean.
 */
public interface MyPageSection {

    /** Lower comes first: what needs the worker's action before what they can browse. */
    int position();

    /** The Thymeleaf fragment that renders the section, e.g. {@code placements/me :: section}. */
    String fragment();

    /** What the fragment reads as {@code ${section.data}}, for the signed-in worker. */
    Map<String, Object> data(WorkerRecord me);
}
