/** Ranked, explained recommendations between workers and postings, and fair assignment. */
@org.springframework.modulith.ApplicationModule(displayName = "Matching")
package org.laborbridge.matching;
