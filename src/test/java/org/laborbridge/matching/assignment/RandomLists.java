package org.laborbridge.matching.assignment;

import java.util.Random;

/** Small random markets with many equal points, so the tie-break decides often. */
final class RandomLists {

    private RandomLists() {}

    static PreferenceLists of(Random random) {
        int workers = random.nextInt(40);
        int postings = 1 + random.nextInt(12);
        int[] capacity = new int[postings];
        for (int p = 0; p < postings; p++) {
            capacity[p] = random.nextInt(4);
        }
        int[][] lists = new int[workers][];
        long[][] keys = new long[workers][];
        for (int w = 0; w < workers; w++) {
            int length = random.nextInt(Math.min(postings, 6) + 1);
            int[] shuffled = new int[postings];
            for (int p = 0; p < postings; p++) {
                shuffled[p] = p;
            }
            for (int i = postings - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = shuffled[i];
                shuffled[i] = shuffled[j];
                shuffled[j] = t;
            }
            lists[w] = java.util.Arrays.copyOf(shuffled, length);
            keys[w] = new long[length];
            boolean poor = random.nextInt(3) == 0;
            for (int i = 0; i < length; i++) {
                keys[w][i] = ((long) random.nextInt(4) << 32) | (poor ? 1L << 31 : 0) | (Integer.MAX_VALUE - w);
            }
        }
        return PreferenceLists.of(lists, keys, capacity);
    }
}
