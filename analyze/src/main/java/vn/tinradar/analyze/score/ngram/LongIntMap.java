package vn.tinradar.analyze.score.ngram;

import java.util.Arrays;

/**
 * Counts keyed by a packed n-gram: open addressing over two primitive arrays, 18 to 36 bytes an entry (the
 * tables are one to two thirds full) where a {@code HashMap<Long, Integer>} takes some 80, which is what lets
 * a per-class trigram model of a 33,000-article corpus fit in memory. Not thread-safe while written; safe to
 * read from many threads once built.
 */
final class LongIntMap {

    /** A key no packed n-gram takes: packed ids are below 2^63. */
    private static final long EMPTY = -1L;

    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 3 / 2)) << 1;
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        values = new int[capacity];
    }

    int size() {
        return size;
    }

    /** @return the value of {@code key}, 0 when absent */
    int get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == EMPTY) {
                return 0;
            }
        }
    }

    /** Adds {@code delta} to the value of {@code key}; @return true when the key was new. */
    boolean add(long key, int delta) {
        int before = size;
        addAndGet(key, delta);
        return size > before;
    }

    /** Adds one to the value of {@code key}; @return the value after the increment (1 when the key was new). */
    int increment(long key) {
        return addAndGet(key, 1);
    }

    private int addAndGet(long key, int delta) {
        if (key < 0) {
            throw new IllegalArgumentException("n-gram key must be >= 0 but was " + key);
        }
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                values[i] += delta;
                return values[i];
            }
            if (k == EMPTY) {
                keys[i] = key;
                values[i] = delta;
                if (++size * 3 > keys.length * 2) {
                    grow();
                }
                return delta;
            }
        }
    }

    /** Calls {@code visit} once per entry, in no particular order. */
    void forEach(EntryVisitor visit) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                visit.accept(keys[i], values[i]);
            }
        }
    }

    /** Receives one entry of the map. */
    interface EntryVisitor {
        void accept(long key, int value);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        values = new int[oldValues.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                add(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int slot(long key, int mask) {
        // the packed ids are small integers side by side, so mix the bits before masking
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
