package org.laborbridge.workers.web;

import java.time.Instant;
import java.util.List;

/** One timeline entry worded for the reader: its kind and each change already in their language. */
record TimelineLine(Instant at, String actor, String kind, List<String> changes) {}
