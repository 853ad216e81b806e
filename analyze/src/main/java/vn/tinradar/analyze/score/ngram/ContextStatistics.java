package vn.tinradar.analyze.score.ngram;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * Per context of one order, what modified Kneser-Ney needs to share out its probability: the sum of the
 * counts of the n-grams that begin with it, and how many of them have count 1, 2, and 3 or more. Kept up to
 * date one increment at a time while counting, because a hashed key cannot be split back into its context.
 */
final class ContextStatistics {

    /** Context key → its row + 1 (0 is the table's "absent"). */
    private final LongIntMap rows;
    private int[] total;
    private int[] once;
    private int[] twice;
    private int[] more;
    private int size;

    ContextStatistics(int expected) {
        rows = new LongIntMap(expected);
        total = new int[Math.max(16, expected)];
        once = new int[total.length];
        twice = new int[total.length];
        more = new int[total.length];
    }

    int size() {
        return size;
    }

    /** The row of {@code context}, or -1 when no n-gram began with it. */
    int row(long context) {
        return rows.get(context) - 1;
    }

    int total(int row) {
        return total[row];
    }

    /** The mass the context's discounts free for the shorter context: {@code D1 N1 + D2 N2 + D3 N3+}. */
    double freed(int row, KneserNeyDiscounts d) {
        return d.one() * once[row] + d.two() * twice[row] + d.threeOrMore() * more[row];
    }

    /** Records that an n-gram beginning with {@code context} now has count {@code count}, one more than before. */
    void countRose(long context, int count) {
        int r = rows.get(context) - 1;
        if (r < 0) {
            r = append(context);
        }
        total[r]++;
        if (count == 1) {
            once[r]++;
        } else if (count == 2) {
            once[r]--;
            twice[r]++;
        } else if (count == 3) {
            twice[r]--;
            more[r]++;
        }
    }

    private int append(long context) {
        if (size == total.length) {
            int grown = total.length * 2;
            total = Arrays.copyOf(total, grown);
            once = Arrays.copyOf(once, grown);
            twice = Arrays.copyOf(twice, grown);
            more = Arrays.copyOf(more, grown);
        }
        rows.add(context, size + 1);
        return size++;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(size);
        long[] keys = new long[size];
        rows.forEach((key, row) -> keys[row - 1] = key);
        for (int r = 0; r < size; r++) {
            out.writeLong(keys[r]);
            out.writeInt(total[r]);
            out.writeInt(once[r]);
            out.writeInt(twice[r]);
            out.writeInt(more[r]);
        }
    }

    static ContextStatistics read(DataInputStream in) throws IOException {
        int size = in.readInt();
        if (size < 0) {
            throw new IOException("negative context table size " + size);
        }
        ContextStatistics s = new ContextStatistics(size);
        for (int r = 0; r < size; r++) {
            s.append(in.readLong());
            s.total[r] = in.readInt();
            s.once[r] = in.readInt();
            s.twice[r] = in.readInt();
            s.more[r] = in.readInt();
        }
        return s;
    }
}
