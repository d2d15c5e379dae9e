package org.laborbridge.workshops.api;

/** A recognition decision: the bureau's reason and the day it takes effect (today when left out). */
record DecisionRequest(String reason, String effectiveOn) {}
