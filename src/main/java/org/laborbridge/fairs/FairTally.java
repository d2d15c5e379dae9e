package org.laborbridge.fairs;

/** What a fair has achieved so far: applications made through it and how many became hires. */
public record FairTally(FairId fair, long applications, long hires) {}
