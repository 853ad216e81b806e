package vn.tinradar.analyze.score.model;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.tinradar.analyze.score.text.Token;
import vn.tinradar.analyze.score.text.Tokenizer;
import vn.tinradar.common.text.VietnameseText;

/**
 * Turns a text into a hashed bag of syllable unigrams and bigrams (log term frequency, unit length), plus
 * optional named numeric features such as engagement counts.
 *
 * <p>Syllables keep their diacritics ("sạt" and "sắt" differ), because the classifier learns from real
 * accented press text; the title's syllables are also added under their own prefix since headlines say
 * what the article is about. Hashing keeps the model a fixed size with no vocabulary file.
 */
public final class TextFeatures {

    private final int bits;
    private final int mask;
    /** Inverse document frequency per hashed feature, or null to weigh words by frequency alone. */
    private final float[] idf;

    public TextFeatures(int bits) {
        this(bits, null);
    }

    public TextFeatures(int bits, float[] idf) {
        if (bits < 10 || bits > 24) {
            throw new IllegalArgumentException("hash bits must be in [10, 24] but was " + bits);
        }
        this.bits = bits;
        this.mask = (1 << bits) - 1;
        if (idf != null && idf.length != 1 << bits) {
            throw new IllegalArgumentException("idf table has " + idf.length + " entries, expected " + (1 << bits));
        }
        this.idf = idf;
    }

    /**
     * The same hashing with inverse document frequencies counted over these training vectors, so words every
     * article uses weigh less than the words that tell sections apart.
     */
    public TextFeatures withIdfFrom(List<SparseVector> training) {
        int[] df = new int[dimension()];
        for (SparseVector v : training) {
            for (int f : v.indices()) {
                df[f]++;
            }
        }
        float[] weights = new float[dimension()];
        double n = training.size();
        for (int f = 0; f < weights.length; f++) {
            weights[f] = (float) (Math.log((n + 1) / (df[f] + 1)) + 1);
        }
        return new TextFeatures(bits, weights);
    }

    /** The idf table, or null when words are weighed by frequency alone. */
    public float[] idf() {
        return idf;
    }

    public int bits() {
        return bits;
    }

    public int dimension() {
        return 1 << bits;
    }

    public SparseVector vectorize(String title, String text, Map<String, Double> extras) {
        Map<Integer, Double> counts = new HashMap<>();
        addNgrams(counts, title, "t:");
        addNgrams(counts, title, "");
        addNgrams(counts, text, "");
        for (var e : counts.entrySet()) {
            e.setValue((1 + Math.log(e.getValue())) * (idf == null ? 1 : idf[e.getKey()]));
        }
        double norm = 0;
        for (double v : counts.values()) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        TreeMap<Integer, Double> sorted = new TreeMap<>();
        for (var e : counts.entrySet()) {
            sorted.put(e.getKey(), norm == 0 ? 0 : e.getValue() / norm);
        }
        if (extras != null) {
            // named features are not normalised with the words: they carry their own scale (e.g. log counts)
            for (var e : extras.entrySet()) {
                sorted.merge(hash("x:" + e.getKey()), e.getValue(), Double::sum);
            }
        }
        int[] idx = new int[sorted.size()];
        double[] val = new double[sorted.size()];
        int i = 0;
        for (var e : sorted.entrySet()) {
            idx[i] = e.getKey();
            val[i] = e.getValue();
            i++;
        }
        return new SparseVector(idx, val);
    }

    private void addNgrams(Map<Integer, Double> counts, String text, String prefix) {
        if (text == null || text.isEmpty()) {
            return;
        }
        List<Token> tokens = Tokenizer.tokenize(VietnameseText.nfc(text));
        String prev = null;
        for (Token t : tokens) {
            String w = t.exact();
            counts.merge(hash(prefix + w), 1.0, Double::sum);
            if (prev != null) {
                counts.merge(hash(prefix + prev + ' ' + w), 1.0, Double::sum);
            }
            prev = w;
        }
    }

    /** FNV-1a over UTF-8, folded to the table size: the same index on every JVM and platform. */
    int hash(String feature) {
        byte[] b = feature.getBytes(StandardCharsets.UTF_8);
        int h = 0x811c9dc5;
        for (byte x : b) {
            h ^= (x & 0xff);
            h *= 0x01000193;
        }
        return (h ^ (h >>> bits)) & mask;
    }
}
