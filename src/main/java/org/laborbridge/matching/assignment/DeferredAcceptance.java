package org.laborbridge.matching.assignment;

/**
 * Worker-proposing deferred acceptance with capacities on {@link PreferenceLists}: each worker
 * proposes down their list; a posting holds its best proposals so far in a min-heap by key, and a
 * proposal to a full posting displaces the lowest held worker when it ranks higher. The result is
 * the worker-optimal stable matching. Time O(entries · log capacity), memory O(workers + total
 * capacity) besides the lists.
 */
final class DeferredAcceptance {

    private DeferredAcceptance() {}

    /** For each worker the entry of their list they got, or -1. */
    static int[] run(PreferenceLists lists) {
        int[] start = lists.start;
        int[] postingOf = lists.posting;
        long[] keyOf = lists.key;

        // Every posting's heap is a slice of two shared arrays, so holding costs no objects.
        int[] heapStart = new int[lists.postings + 1];
        for (int p = 0; p < lists.postings; p++) {
            heapStart[p + 1] = heapStart[p] + lists.capacity[p];
        }
        int[] heapSize = new int[lists.postings];
        long[] heapKey = new long[heapStart[lists.postings]];
        int[] heapWorker = new int[heapKey.length];

        // cursor[w] is the entry w proposes next or is held on; past the list end, w has nowhere left.
        int[] cursor = new int[lists.workers];
        System.arraycopy(start, 0, cursor, 0, lists.workers);

        for (int first = 0; first < lists.workers; first++) {
            int w = first;
            // A rejected or displaced worker proposes again at once, so no queue of free workers is needed.
            while (w >= 0) {
                int e = cursor[w];
                if (e == start[w + 1]) {
                    break;
                }
                int p = postingOf[e];
                long k = keyOf[e];
                int base = heapStart[p];
                int size = heapSize[p];
                int capacity = heapStart[p + 1] - base;
                if (size < capacity) {
                    siftUp(heapKey, heapWorker, base, size, k, w);
                    heapSize[p] = size + 1;
                    w = -1;
                } else if (capacity > 0 && heapKey[base] < k) {
                    int displaced = heapWorker[base];
                    siftDown(heapKey, heapWorker, base, capacity, k, w);
                    cursor[displaced]++;
                    w = displaced;
                } else {
                    cursor[w] = e + 1;
                }
            }
        }
        for (int w = 0; w < lists.workers; w++) {
            if (cursor[w] == start[w + 1]) {
                cursor[w] = -1;
            }
        }
        return cursor;
    }

    private static void siftUp(long[] keys, int[] workers, int base, int at, long key, int worker) {
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            long parentKey = keys[base + parent];
            if (parentKey <= key) {
                break;
            }
            keys[base + at] = parentKey;
            workers[base + at] = workers[base + parent];
            at = parent;
        }
        keys[base + at] = key;
        workers[base + at] = worker;
    }

    /** Replaces the root of a full heap of {@code size} by the new key and restores the heap. */
    private static void siftDown(long[] keys, int[] workers, int base, int size, long key, int worker) {
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            long childKey = keys[base + child];
            if (child + 1 < size && keys[base + child + 1] < childKey) {
                child++;
                childKey = keys[base + child];
            }
            if (key <= childKey) {
                break;
            }
            keys[base + at] = childKey;
            workers[base + at] = workers[base + child];
            at = child;
        }
        keys[base + at] = key;
        workers[base + at] = worker;
    }
}
