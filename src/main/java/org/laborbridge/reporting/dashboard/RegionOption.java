package org.laborbridge.reporting.dashboard;

/** A region offered in the dashboard's filter, with its name in the reader's language. */
public record RegionOption(String code, String name) {}
