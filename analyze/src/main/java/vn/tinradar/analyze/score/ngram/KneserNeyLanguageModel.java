package vn.tinradar.analyze.score.ngram;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The syllable n-gram language model of one label, smoothed by interpolated modified Kneser-Ney (Chen and
 * Goodman 1998), orders 2 to 5. The longest order counts how often each n-gram was seen; every shorter order
 * counts instead how many distinct words came before it (a word seen often but after one word only, like
 * "Nội" after "Hà", is a poor guess in a new context). Each context keeps its counts minus three discounts and
 * hands what it took to the next shorter context, down to a uniform floor over the vocabulary, so every
 * context's probabilities sum to 1 (a test checks it).
 *
 * <p>Dropping the n-grams seen once at the orders from {@code pruneFrom} up shrinks the model; their whole
 * count then goes to the shorter context, so the sums stay 1.
 */
final class KneserNeyLanguageModel {

    static final int MIN_ORDER = 2;
    static final int MAX_ORDER = 5;

    private final int order;
    /** {@code counts[j - 1]}: n-gram of j words → count (j = order) or number of distinct words before it. */
    private final LongIntMap[] counts;
    /** {@code contexts[j - 1]}: the first j - 1 words of the n-grams in {@code counts[j - 1]} → their statistics. */
    private final ContextStatistics[] contexts;
    private final KneserNeyDiscounts[] discounts;
    /** While counting, {@code seen[j - 1]} for 2 ≤ j < order holds every n-gram of j words, to tell a new one. */
    private LongIntMap[] seen;
    private int documents;

    KneserNeyLanguageModel(int order) {
        this(order, new LongIntMap[order], new ContextStatistics[order], new KneserNeyDiscounts[order]);
        seen = new LongIntMap[order];
        for (int j = 1; j <= order; j++) {
            counts[j - 1] = new LongIntMap(1 << 14);
            contexts[j - 1] = new ContextStatistics(j == 1 ? 1 : 1 << 14);
            if (j >= 2 && j < order) {
                seen[j - 1] = new LongIntMap(1 << 14);
            }
        }
    }

    private KneserNeyLanguageModel(int order, LongIntMap[] counts, ContextStatistics[] contexts,
            KneserNeyDiscounts[] discounts) {
        if (order < MIN_ORDER || order > MAX_ORDER) {
            throw new IllegalArgumentException("Kneser-Ney order must be " + MIN_ORDER + " to " + MAX_ORDER
                    + " but was " + order);
        }
        this.order = order;
        this.counts = counts;
        this.contexts = contexts;
        this.discounts = discounts;
    }

    int order() {
        return order;
    }

    int documents() {
        return documents;
    }

    /** Number of n-gram and context entries kept, all orders together. */
    long entries() {
        long n = 0;
        for (int j = 0; j < order; j++) {
            n += counts[j].size() + contexts[j].size();
        }
        return n;
    }

    /** Counts one document's syllable ids; call {@link #finish} after the last. */
    void add(int[] ids) {
        if (seen == null) {
            throw new IllegalStateException("the model was finished; it takes no more documents");
        }
        documents++;
        long[] gram = new long[order + 1];
        long[] context = new long[order + 1];
        for (int i = 0; i < ids.length; i++) {
            int longest = Math.min(order, i + 1);
            gram[0] = NgramKeys.EMPTY;
            context[1] = NgramKeys.EMPTY;
            for (int j = 1; j <= longest; j++) {
                gram[j] = NgramKeys.extend(gram[j - 1], ids[i - j + 1]);
                if (j >= 2) {
                    context[j] = NgramKeys.extend(context[j - 1], ids[i - j + 1]);
                }
            }
            for (int j = 2; j <= longest; j++) {
                boolean isNew;
                if (j == order) {
                    int c = counts[j - 1].increment(NgramKeys.key(gram[j]));
                    contexts[j - 1].countRose(NgramKeys.key(context[j]), c);
                    isNew = c == 1;
                } else {
                    isNew = seen[j - 1].add(NgramKeys.key(gram[j]), 1);
                }
                if (isNew) {
                    // the n-gram of j words is new, so its last j - 1 words have one more distinct word before them
                    int c = counts[j - 2].increment(NgramKeys.key(gram[j - 1]));
                    contexts[j - 2].countRose(NgramKeys.key(context[j - 1]), c);
                }
            }
        }
    }

    /**
     * Ends counting: estimates each order's discounts, lets go of the tables only counting needed and drops the
     * n-grams seen once at orders {@code pruneFrom} and up (a value above the order drops nothing).
     */
    void finish(int pruneFrom) {
        seen = null;
        for (int j = 1; j <= order; j++) {
            long[] n = new long[5];
            counts[j - 1].forEach((key, c) -> {
                if (c <= 4) {
                    n[c]++;
                }
            });
            discounts[j - 1] = KneserNeyDiscounts.estimate(n[1], n[2], n[3], n[4]);
            if (j >= pruneFrom) {
                LongIntMap all = counts[j - 1];
                LongIntMap kept = new LongIntMap(all.size() - (int) n[1]);
                all.forEach((key, c) -> {
                    if (c >= 2) {
                        kept.add(key, c);
                    }
                });
                counts[j - 1] = kept;
                discounts[j - 1] = discounts[j - 1].singletonsDropped();
            }
        }
    }

    /** Log-probability (natural) of the document's words, each given up to {@code order - 1} words before it. */
    double logProbability(int[] ids, int vocabularySize) {
        double sum = 0;
        for (int i = 0; i < ids.length; i++) {
            sum += Math.log(probability(ids, i, vocabularySize));
        }
        return sum;
    }

    /** Probability of {@code ids[i]} after the words before it, in a vocabulary of {@code vocabularySize} words. */
    double probability(int[] ids, int i, int vocabularySize) {
        double p = 1.0 / vocabularySize;
        long gram = NgramKeys.EMPTY;
        long context = NgramKeys.EMPTY;
        int longest = Math.min(order, i + 1);
        for (int j = 1; j <= longest; j++) {
            gram = NgramKeys.extend(gram, ids[i - j + 1]);
            if (j >= 2) {
                context = NgramKeys.extend(context, ids[i - j + 1]);
            }
            int row = contexts[j - 1].row(NgramKeys.key(context));
            if (row < 0) {
                break; // no n-gram began with this context, so none began with a longer one ending in it
            }
            int c = counts[j - 1].get(NgramKeys.key(gram));
            KneserNeyDiscounts d = discounts[j - 1];
            p = (Math.max(0, c - d.of(c)) + contexts[j - 1].freed(row, d) * p) / contexts[j - 1].total(row);
        }
        return p;
    }

    void write(DataOutputStream out) throws IOException {
        if (seen != null) {
            throw new IllegalStateException("finish the model before writing it");
        }
        out.writeInt(documents);
        for (int j = 0; j < order; j++) {
            out.writeDouble(discounts[j].one());
            out.writeDouble(discounts[j].two());
            out.writeDouble(discounts[j].threeOrMore());
            LongIntMapFile.write(counts[j], out);
            contexts[j].write(out);
        }
    }

    static KneserNeyLanguageModel read(DataInputStream in, int order) throws IOException {
        KneserNeyLanguageModel m = new KneserNeyLanguageModel(order, new LongIntMap[order],
                new ContextStatistics[order], new KneserNeyDiscounts[order]);
        m.documents = in.readInt();
        for (int j = 0; j < order; j++) {
            m.discounts[j] = new KneserNeyDiscounts(in.readDouble(), in.readDouble(), in.readDouble());
            m.counts[j] = LongIntMapFile.read(in);
            m.contexts[j] = ContextStatistics.read(in);
        }
        return m;
    }
}
