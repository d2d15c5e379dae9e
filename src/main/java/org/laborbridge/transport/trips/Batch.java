package org.laborbridge.transport.trips;

import org.laborbridge.shared.RegionCode;

/**
 * A numbered batch (批次): the partner region covering the origin (else the origin's prefecture),
 * the year of the planned departure, and the number counted from 1 within that pair. Several
 * vehicles of one dispatch share a batch.
 */
record Batch(RegionCode region, int year, int number) {

    /** How a batch reads in a message or a timeline: year and number, e.g. 2026-3. */
    String label() {
        return year + "-" + number;
    }
}
