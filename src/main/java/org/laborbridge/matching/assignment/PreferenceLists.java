package org.laborbridge.matching.assignment;

import java.util.Arrays;

/**
 * The preference lists of an assignment on plain int arrays, one row per worker in compressed
 * form: worker {@code w}'s list is entries {@code start[w]} to {@code start[w + 1] - 1}, best
 * first; entry {@code e} names a posting {@code posting[e]} and carries {@code key[e]}, how that
 * posting ranks the worker (higher ranks higher). Keys of one posting's entries must be distinct,
 * so every posting's ranking is strict and the worker-optimal stable matching is unique. A
 * posting's ranking is only ever stored for the workers who list it: never a worker × posting
 * matrix.
 */
final class PreferenceLists {

    final int workers;
    final int postings;
    final int[] start;
    final int[] posting;
    final long[] key;
    final int[] capacity;

    PreferenceLists(int[] start, int[] posting, long[] key, int[] capacity) {
        if (start.length == 0 || start[0] != 0) {
            throw new IllegalArgumentException("start must begin with 0");
        }
        this.workers = start.length - 1;
        this.postings = capacity.length;
        int entries = start[workers];
        if (posting.length < entries || key.length < entries) {
            throw new IllegalArgumentException("fewer entries than start says");
        }
        for (int w = 0; w < workers; w++) {
            if (start[w + 1] < start[w]) {
                throw new IllegalArgumentException("start must not decrease");
            }
        }
        for (int e = 0; e < entries; e++) {
            if (posting[e] < 0 || posting[e] >= postings) {
                throw new IllegalArgumentException("entry " + e + " names no posting");
            }
        }
        for (int c : capacity) {
            if (c < 0) {
                throw new IllegalArgumentException("capacity must not be negative");
            }
        }
        this.start = start;
        this.posting = posting;
        this.key = key;
        this.capacity = capacity;
    }

    /** Lists given as one array of postings per worker, and one array of keys alike (for tests). */
    static PreferenceLists of(int[][] postingsOfWorker, long[][] keysOfWorker, int[] capacity) {
        int[] start = new int[postingsOfWorker.length + 1];
        for (int w = 0; w < postingsOfWorker.length; w++) {
            start[w + 1] = start[w] + postingsOfWorker[w].length;
        }
        int[] posting = new int[start[postingsOfWorker.length]];
        long[] key = new long[posting.length];
        for (int w = 0; w < postingsOfWorker.length; w++) {
            System.arraycopy(postingsOfWorker[w], 0, posting, start[w], postingsOfWorker[w].length);
            System.arraycopy(keysOfWorker[w], 0, key, start[w], keysOfWorker[w].length);
        }
        return new PreferenceLists(start, posting, key, capacity.clone());
    }

    int length(int worker) {
        return start[worker + 1] - start[worker];
    }

    int entries() {
        return start[workers];
    }

    /** The entry of {@code worker}'s list naming {@code posting}, or -1 when the list does not. */
    int entryOf(int worker, int posting) {
        for (int e = start[worker]; e < start[worker + 1]; e++) {
            if (this.posting[e] == posting) {
                return e;
            }
        }
        return -1;
    }

    long totalCapacity() {
        return Arrays.stream(capacity).asLongStream().sum();
    }
}
