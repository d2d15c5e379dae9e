package org.laborbridge.subsidies.policy;

/** Percentages of an amount in fen, rounded down, without overflowing for any Money. */
final class Shares {

    private Shares() {}

    /** fen = 100q + r, so fen × p / 100 = q × p + r × p / 100; the product never leaves a long. */
    static long percentOf(long fen, int percent) {
        return Math.addExact(Math.multiplyExact(fen / 100, percent), fen % 100 * percent / 100);
    }
}
