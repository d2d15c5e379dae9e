package org.laborbridge.workers.imports;

/** What to do with a roster in which some rows are bad. */
enum ImportMode {
    /** Save nothing unless every row is good: for rosters that must arrive whole. */
    ALL_OR_NOTHING,
    /** Save the good rows, report the bad ones for correction and a second import. */
    VALID_ROWS
}
