package org.laborbridge.matching;

/** One reason of a recommendation worded in the caller's language, with the points it added. */
public record ReasonText(String text, int points, boolean excludes) {}
