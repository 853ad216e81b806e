package vn.tinradar.analyze.score.ngram;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The syllable n-gram language model of one label, smoothed by interpolated Witten-Bell: the probability of a
 * word after a context mixes the context's own estimate with the next shorter context's, giving the shorter
 * one the more weight the more distinct words the context was seen before (a context followed by many
 * different words is a poor predictor of the next), down to a uniform distribution over the vocabulary.
 *
 * <p>For each order j it keeps the count of every n-gram of j words, and for j ≥ 2 the total count and the
 * number of distinct followers of every context of j - 1 words. Pruning drops rare n-grams of order ≥ 2 but
 * keeps the context statistics measured before, so their share of the mass still goes to the shorter context.
 */
final class ClassLanguageModel {

    private final int order;
    /** {@code counts[j - 1]}: n-grams of j words → count. */
    private final LongIntMap[] counts;
    /** {@code contextTotals[j - 1]} for j ≥ 2: context of j - 1 words → how often an n-gram of j words began with it. */
    private final LongIntMap[] contextTotals;
    /** {@code contextTypes[j - 1]} for j ≥ 2: context of j - 1 words → how many distinct words followed it. */
    private final LongIntMap[] contextTypes;
    private long tokens;
    private int types;
    private int documents;

    ClassLanguageModel(int order) {
        this(order, new LongIntMap[order], new LongIntMap[order], new LongIntMap[order]);
        for (int j = 0; j < order; j++) {
            counts[j] = new LongIntMap(1 << 16);
            contextTotals[j] = new LongIntMap(j == 0 ? 1 : 1 << 16);
            contextTypes[j] = new LongIntMap(j == 0 ? 1 : 1 << 16);
        }
    }

    private ClassLanguageModel(int order, LongIntMap[] counts, LongIntMap[] contextTotals, LongIntMap[] contextTypes) {
        this.order = order;
        this.counts = counts;
        this.contextTotals = contextTotals;
        this.contextTypes = contextTypes;
    }

    int documents() {
        return documents;
    }

    /** Number of n-grams kept, all orders together. */
    long entries() {
        long n = 0;
        for (int j = 0; j < order; j++) {
            n += counts[j].size() + contextTotals[j].size() + contextTypes[j].size();
        }
        return n;
    }

    /** Counts one document's syllable ids. */
    void add(int[] ids) {
        documents++;
        for (int i = 0; i < ids.length; i++) {
            tokens++;
            if (counts[0].add(ids[i], 1)) {
                types++;
            }
            for (int j = 2; j <= order && i - j + 1 >= 0; j++) {
                long context = pack(ids, i - j + 1, j - 1);
                if (counts[j - 1].add((context << Vocabulary.ID_BITS) | ids[i], 1)) {
                    contextTypes[j - 1].add(context, 1);
                }
                contextTotals[j - 1].add(context, 1);
            }
        }
    }

    /**
     * Log-probability (natural) of the document's words, each given up to {@code useOrder - 1} words before it.
     *
     * @param vocabularySize the number of words the uniform floor spreads over
     */
    double logProbability(int[] ids, int useOrder, int vocabularySize) {
        double sum = 0;
        for (int i = 0; i < ids.length; i++) {
            sum += Math.log(probability(ids, i, useOrder, vocabularySize));
        }
        return sum;
    }

    /** Probability of the single word {@code id} without context. */
    double unigram(int id, int vocabularySize) {
        return (counts[0].get(id) + types / (double) vocabularySize) / (tokens + types);
    }

    private double probability(int[] ids, int i, int useOrder, int vocabularySize) {
        int w = ids[i];
        double p = unigram(w, vocabularySize);
        for (int j = 2; j <= Math.min(useOrder, order) && i - j + 1 >= 0; j++) {
            long context = pack(ids, i - j + 1, j - 1);
            int total = contextTotals[j - 1].get(context);
            if (total == 0) {
                break; // a longer context containing an unseen one is unseen too
            }
            int followers = contextTypes[j - 1].get(context);
            p = (counts[j - 1].get((context << Vocabulary.ID_BITS) | w) + followers * p) / (total + followers);
        }
        return p;
    }

    /** The same model without the n-grams of order ≥ 2 seen fewer than {@code minCount} times. */
    ClassLanguageModel pruned(int minCount) {
        LongIntMap[] kept = new LongIntMap[order];
        kept[0] = counts[0];
        for (int j = 1; j < order; j++) {
            LongIntMap all = counts[j];
            LongIntMap k = new LongIntMap(all.size() / 4);
            all.forEach((key, value) -> {
                if (value >= minCount) {
                    k.add(key, value);
                }
            });
            kept[j] = k;
        }
        ClassLanguageModel m = new ClassLanguageModel(order, kept, contextTotals, contextTypes);
        m.tokens = tokens;
        m.types = types;
        m.documents = documents;
        return m;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeLong(tokens);
        out.writeInt(types);
        out.writeInt(documents);
        for (int j = 0; j < order; j++) {
            LongIntMapFile.write(counts[j], out);
            LongIntMapFile.write(contextTotals[j], out);
            LongIntMapFile.write(contextTypes[j], out);
        }
    }

    static ClassLanguageModel read(DataInputStream in, int order) throws IOException {
        ClassLanguageModel m = new ClassLanguageModel(order, new LongIntMap[order], new LongIntMap[order],
                new LongIntMap[order]);
        m.tokens = in.readLong();
        m.types = in.readInt();
        m.documents = in.readInt();
        for (int j = 0; j < order; j++) {
            m.counts[j] = LongIntMapFile.read(in);
            m.contextTotals[j] = LongIntMapFile.read(in);
            m.contextTypes[j] = LongIntMapFile.read(in);
        }
        return m;
    }

    /** {@code length} ids from {@code from}, {@link Vocabulary#ID_BITS} bits each, the first highest. */
    static long pack(int[] ids, int from, int length) {
        long key = 0;
        for (int k = from; k < from + length; k++) {
            key = (key << Vocabulary.ID_BITS) | ids[k];
        }
        return key;
    }
}
