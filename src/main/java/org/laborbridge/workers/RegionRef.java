package org.laborbridge.workers;

/** A region named by its code and today's name. */
public record RegionRef(String code, String name) {}
