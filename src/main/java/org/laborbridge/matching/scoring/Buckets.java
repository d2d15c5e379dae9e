package org.laborbridge.matching.scoring;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Facts kept in buckets (one per job type, and extra ones such as "all" or "wants none"), each a
 * dense array for fast scans; an entry knows its slot in each of its buckets, so removal is a swap
 * with the bucket's last element. Beside each item a bucket keeps a {@code long} of traits (what
 * the index needs to pass over an item without reading it) in a primitive array. Not thread-safe:
 * the indexes guard it with their lock.
 */
final class Buckets<K, T> {

    /** One kept item and where it sits: {@code slots[i]} is its position in {@code buckets[i]}. */
    static final class Entry<T> {
        final T facts;
        final long trait;
        final Bucket<T>[] buckets;
        final int[] slots;

        Entry(T facts, long trait, Bucket<T>[] buckets) {
            this.facts = facts;
            this.trait = trait;
            this.buckets = buckets;
            this.slots = new int[buckets.length];
        }
    }

    static final class Bucket<T> {
        private Object[] facts = new Object[8];
        private long[] traits = new long[8];
        private Entry<T>[] entries = newEntries(8);
        private int size;

        int size() {
            return size;
        }

        @SuppressWarnings("unchecked")
        T get(int i) {
            return (T) facts[i];
        }

        long trait(int i) {
            return traits[i];
        }

        @SuppressWarnings("unchecked")
        void forEach(Consumer<T> action) {
            Object[] items = facts;
            for (int i = 0, n = size; i < n; i++) {
                action.accept((T) items[i]);
            }
        }

        private void add(Entry<T> entry, int which) {
            if (size == facts.length) {
                facts = Arrays.copyOf(facts, size * 2);
                traits = Arrays.copyOf(traits, size * 2);
                entries = Arrays.copyOf(entries, size * 2);
            }
            facts[size] = entry.facts;
            traits[size] = entry.trait;
            entries[size] = entry;
            entry.slots[which] = size;
            size++;
        }

        private void remove(Entry<T> entry, int which) {
            int slot = entry.slots[which];
            int last = --size;
            if (slot != last) {
                Entry<T> moved = entries[last];
                facts[slot] = moved.facts;
                traits[slot] = moved.trait;
                entries[slot] = moved;
                moved.slots[indexOf(moved.buckets, this)] = slot;
            }
            facts[last] = null;
            entries[last] = null;
        }

        private static <T> int indexOf(Bucket<T>[] buckets, Bucket<T> bucket) {
            for (int i = 0; i < buckets.length; i++) {
                if (buckets[i] == bucket) {
                    return i;
                }
            }
            throw new IllegalStateException("an entry lost track of its bucket");
        }

        @SuppressWarnings("unchecked")
        private static <T> Entry<T>[] newEntries(int length) {
            return (Entry<T>[]) new Entry<?>[length];
        }
    }

    private final Map<Object, Entry<T>> byId = new HashMap<>();
    private final Map<K, Bucket<T>> byKey = new HashMap<>();
    private final ToLongFunction<T> traits;

    Buckets(ToLongFunction<T> traits) {
        this.traits = traits;
    }

    int size() {
        return byId.size();
    }

    /** The bucket for a key, or null when nothing was ever kept under it. */
    Bucket<T> bucket(K key) {
        return byKey.get(key);
    }

    Bucket<T> bucketFor(K key) {
        return byKey.computeIfAbsent(key, k -> new Bucket<>());
    }

    /** Keeps {@code facts} in the given buckets, in place of whatever was kept under {@code id}. */
    void put(Object id, T facts, Bucket<T>[] buckets) {
        remove(id);
        Entry<T> entry = new Entry<>(facts, traits.applyAsLong(facts), buckets);
        for (int i = 0; i < buckets.length; i++) {
            buckets[i].add(entry, i);
        }
        byId.put(id, entry);
    }

    void remove(Object id) {
        Entry<T> entry = byId.remove(id);
        if (entry != null) {
            for (int i = 0; i < entry.buckets.length; i++) {
                entry.buckets[i].remove(entry, i);
            }
        }
    }
}
