package org.laborbridge.fairs;

/** How many signed up for a fair and how many of them came; what everyone may know. */
public record SignUpCounts(long signedUp, long checkedIn) {}
