package org.laborbridge.matching.assignment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Textbook deferred acceptance, kept minimal on purpose: a queue of free workers, and for each
 * posting a {@link PriorityQueue} of the (boxed) workers it holds, lowest ranked first, which a
 * proposal to a full posting is weighed against. The baseline of the benchmark and the oracle of the tests for
 * {@link DeferredAcceptance}: with strict rankings both must find the same worker-optimal matching.
 */
final class ReferenceDeferredAcceptance {

    private ReferenceDeferredAcceptance() {}

    /** For each worker the entry of their list they got, or -1. */
    static int[] run(PreferenceLists lists) {
        int[] next = new int[lists.workers];
        ArrayDeque<Integer> free = new ArrayDeque<>();
        for (int w = 0; w < lists.workers; w++) {
            next[w] = lists.start[w];
            free.add(w);
        }
        Comparator<Integer> lowestFirst = Comparator.comparingLong(held -> lists.key[next[held]]);
        List<PriorityQueue<Integer>> held = new ArrayList<>(lists.postings);
        for (int p = 0; p < lists.postings; p++) {
            held.add(new PriorityQueue<>(lowestFirst));
        }
        while (!free.isEmpty()) {
            int w = free.poll();
            int e = next[w];
            if (e == lists.start[w + 1]) {
                continue;
            }
            int p = lists.posting[e];
            PriorityQueue<Integer> holding = held.get(p);
            if (holding.size() < lists.capacity[p]) {
                holding.add(w);
            } else if (!holding.isEmpty() && lists.key[next[holding.peek()]] < lists.key[e]) {
                int displaced = holding.poll();
                holding.add(w);
                next[displaced]++;
                free.add(displaced);
            } else {
                next[w]++;
                free.add(w);
            }
        }
        int[] got = new int[lists.workers];
        for (int w = 0; w < lists.workers; w++) {
            got[w] = next[w] == lists.start[w + 1] ? -1 : next[w];
        }
        return got;
    }
}
