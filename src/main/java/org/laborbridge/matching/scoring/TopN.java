package org.laborbridge.matching.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The best {@code n} candidates seen, in a bounded min-heap whose root is the worst kept: a
 * candidate below the root's points is turned away with one comparison. Higher points are better;
 * among equal points {@code tieBreak} orders better first.
 */
final class TopN<T> {

    private final int capacity;
    private final Comparator<? super T> tieBreak;
    private int[] points;
    private Object[] items;
    private int size;

    TopN(int capacity, Comparator<? super T> tieBreak) {
        this.capacity = capacity;
        this.tieBreak = tieBreak;
        int length = Math.min(capacity, 1 << 16);
        this.points = new int[Math.max(length, 1)];
        this.items = new Object[Math.max(length, 1)];
    }

    void offer(T item, int itemPoints) {
        if (itemPoints < 0 || capacity <= 0) {
            return;
        }
        if (size < capacity) {
            if (size == points.length) {
                grow();
            }
            int i = size++;
            points[i] = itemPoints;
            items[i] = item;
            siftUp(i);
        } else if (better(itemPoints, item, 0)) {
            points[0] = itemPoints;
            items[0] = item;
            siftDown(0);
        }
    }

    /** The points of the worst kept candidate once the heap is full, else -1: any eligible one enters. */
    int floor() {
        return size < capacity ? -1 : points[0];
    }

    /** The kept candidates, best first. */
    @SuppressWarnings("unchecked")
    List<Ranked<T>> best() {
        List<Ranked<T>> ranked = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            ranked.add(new Ranked<>((T) items[i], points[i]));
        }
        ranked.sort((a, b) -> a.points() != b.points()
                ? Integer.compare(b.points(), a.points())
                : tieBreak.compare(a.candidate(), b.candidate()));
        return ranked;
    }

    // Whether (p, item) is better than the candidate at heap position i.
    @SuppressWarnings("unchecked")
    private boolean better(int p, Object item, int i) {
        if (p != points[i]) {
            return p > points[i];
        }
        return tieBreak.compare((T) item, (T) items[i]) < 0;
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!better(points[parent], items[parent], i)) {
                break;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int worst = left;
            int right = left + 1;
            if (right < size && better(points[left], items[left], right)) {
                worst = right;
            }
            if (!better(points[i], items[i], worst)) {
                return;
            }
            swap(i, worst);
            i = worst;
        }
    }

    private void swap(int a, int b) {
        int p = points[a];
        points[a] = points[b];
        points[b] = p;
        Object item = items[a];
        items[a] = items[b];
        items[b] = item;
    }

    private void grow() {
        int length = (int) Math.min(capacity, points.length * 2L);
        points = Arrays.copyOf(points, length);
        items = Arrays.copyOf(items, length);
    }
}
