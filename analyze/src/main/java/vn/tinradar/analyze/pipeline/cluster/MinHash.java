package vn.tinradar.analyze.pipeline.cluster;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.SplittableRandom;

/**
 * MinHash over string shingles: the share of equal signature slots estimates the Jaccard similarity of two
 * shingle sets, and banding the signature finds candidate copies without comparing every pair.
 * The seed is fixed so signatures stored in state stay comparable after a restart.
 */
public final class MinHash {

    public static final int SLOTS = 64;
    /**
     * 32 bands of 2 rows: pairs above 0.5 similarity share a band with > 99.9% probability; the many weaker
     * candidates this lets through cost one signature comparison each.
     */
    public static final int BANDS = 32;
    private static final int ROWS = SLOTS / BANDS;

    private final long[] a = new long[SLOTS];
    private final long[] b = new long[SLOTS];

    public MinHash() {
        SplittableRandom random = new SplittableRandom(20250701L);
        for (int i = 0; i < SLOTS; i++) {
            a[i] = random.nextLong() | 1;
            b[i] = random.nextLong();
        }
    }

    public int[] signature(Collection<String> shingles) {
        int[] sig = new int[SLOTS];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (String shingle : shingles) {
            long h = hash(shingle);
            for (int i = 0; i < SLOTS; i++) {
                int v = (int) ((a[i] * h + b[i]) >>> 33);
                if (v < sig[i]) {
                    sig[i] = v;
                }
            }
        }
        return sig;
    }

    public static double similarity(int[] x, int[] y) {
        int same = 0;
        for (int i = 0; i < SLOTS; i++) {
            if (x[i] == y[i]) {
                same++;
            }
        }
        return (double) same / SLOTS;
    }

    /** Keys of the signature's bands; two signatures sharing any key are candidate copies. */
    public static long[] bandKeys(int[] sig) {
        long[] keys = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long h = 1469598103934665603L ^ band;
            for (int r = 0; r < ROWS; r++) {
                h = (h ^ sig[band * ROWS + r]) * 1099511628211L;
            }
            keys[band] = h;
        }
        return keys;
    }

    private static long hash(String s) {
        // FNV-1a 64 then a finaliser: stable across JVMs, unlike String.hashCode's 32 bits
        long h = 0xcbf29ce484222325L;
        for (byte c : s.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ c) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
