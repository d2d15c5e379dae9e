package org.laborbridge.workers.imports;

import java.util.Arrays;
import org.laborbridge.shared.ResidentId;

/**
 * Remembers the resident IDs met so far in a file and the row each first appeared on. The 17
 * digits before the check character identify a number and fit in a long, so a million IDs
 * take a few dozen megabytes in two arrays instead of a million strings in a hash map.
 */
final class SeenResidentIds {

    private static final long EMPTY = -1;
    private long[] keys = new long[1 << 12];
    private int[] rows = new int[1 << 12];
    private int size;

    SeenResidentIds() {
        Arrays.fill(keys, EMPTY);
    }

    /** Records the ID at {@code row}; returns the earlier row it was seen on, or 0 if it is new. */
    int firstSeen(ResidentId id, int row) {
        long key = Long.parseLong(id.value(), 0, 17, 10);
        int slot = slot(key, keys.length);
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                return rows[slot];
            }
            slot = (slot + 1) & (keys.length - 1);
        }
        keys[slot] = key;
        rows[slot] = row;
        if (++size * 2 > keys.length) {
            grow();
        }
        return 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new int[oldRows.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i], keys.length);
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & (keys.length - 1);
                }
                keys[slot] = oldKeys[i];
                rows[slot] = oldRows[i];
            }
        }
    }

    private static int slot(long key, int capacity) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 32) & (capacity - 1);
    }
}
