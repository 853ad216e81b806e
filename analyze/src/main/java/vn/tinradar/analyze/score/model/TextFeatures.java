package vn.tinradar.analyze.score.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.tinradar.analyze.score.text.Token;
import vn.tinradar.analyze.score.text.Tokenizer;
import vn.tinradar.common.text.VietnameseText;

/**
 * Turns a text into hashed features as its {@link FeatureSpec} says: syllable n-grams, optionally character
 * n-grams and negation-marked syllables, weighed by log term frequency times inverse document frequency (when
 * fitted) and scaled to unit length, plus optional named numeric features such as engagement counts.
 *
 * <p>Syllables keep their diacritics ("sạt" and "sắt" differ), because the classifier learns from real
 * accented press text; the title's syllables are also added under their own prefix since headlines say
 * what the article is about. Hashing keeps the model a fixed size with no vocabulary file; a feature seen in
 * fewer training texts than the fitted minimum gets idf 0 and is dropped, which keeps noise and the model
 * file small. Immutable and thread-safe.
 */
public final class TextFeatures {

    /** Exact syllables that open a negation scope; "không hề", "chưa hề" start with one of them. */
    private static final Set<String> NEGATIONS = Set.of("không", "chưa", "chẳng", "chả", "chớ", "đừng", "ko",
            "hông", "hok", "kg", "khg", "kh");
    private static final String NEGATED = "¬";
    private static final int CHAR_SEED = 0x2f0f1c3b;

    private final FeatureSpec spec;
    private final int bits;
    private final int mask;
    /** Inverse document frequency per hashed feature, or null to weigh words by frequency alone. */
    private final float[] idf;

    public TextFeatures(int bits) {
        this(FeatureSpec.SYLLABLE_BIGRAMS, bits, null);
    }

    public TextFeatures(FeatureSpec spec, int bits, float[] idf) {
        if (bits < 10 || bits > 24) {
            throw new IllegalArgumentException("hash bits must be in [10, 24] but was " + bits);
        }
        this.spec = spec;
        this.bits = bits;
        this.mask = (1 << bits) - 1;
        if (idf != null && idf.length != 1 << bits) {
            throw new IllegalArgumentException("idf table has " + idf.length + " entries, expected " + (1 << bits));
        }
        this.idf = idf;
    }

    /**
     * The same features with inverse document frequencies counted over these training texts (their
     * {@link #counts}), so words every article uses weigh less than the words that tell labels apart. A feature
     * in fewer than {@code minDf} texts gets 0 and is left out; with {@code minDf} 0 a feature no training text
     * had keeps the highest idf, so unknown words still dilute the known ones in a text.
     */
    public TextFeatures withIdfFrom(List<Counts> training, int minDf) {
        int[] df = new int[dimension()];
        for (Counts c : training) {
            for (int f : c.ids()) {
                df[f]++;
            }
        }
        float[] weights = new float[dimension()];
        double n = training.size();
        for (int f = 0; f < weights.length; f++) {
            weights[f] = df[f] < minDf ? 0f : (float) (Math.log((n + 1) / (df[f] + 1)) + 1);
        }
        return new TextFeatures(spec, bits, weights);
    }

    /** The idf table, or null when words are weighed by frequency alone. */
    public float[] idf() {
        return idf;
    }

    public FeatureSpec spec() {
        return spec;
    }

    public int bits() {
        return bits;
    }

    public int dimension() {
        return 1 << bits;
    }

    /**
     * Raw counts of a text's hashed features (ids ascending, distinct), before any weighing, with its named
     * extras: what training counts document frequencies on, and what {@link #weigh} turns into a vector.
     */
    public record Counts(int[] ids, int[] counts, Map<String, Double> extras) {
    }

    public SparseVector vectorize(String title, String text, Map<String, Double> extras) {
        return weigh(counts(title, text, extras));
    }

    public Counts counts(String title, String text, Map<String, Double> extras) {
        IntBuffer hashes = new IntBuffer();
        addSyllables(hashes, title, "t:");
        addSyllables(hashes, title, "");
        addSyllables(hashes, text, "");
        int[] h = hashes.sorted();
        int distinct = 0;
        for (int i = 0; i < h.length; i++) {
            distinct += i == 0 || h[i] != h[i - 1] ? 1 : 0;
        }
        int[] ids = new int[distinct];
        int[] counts = new int[distinct];
        int at = -1;
        for (int i = 0; i < h.length; i++) {
            if (i == 0 || h[i] != h[i - 1]) {
                ids[++at] = h[i];
            }
            counts[at]++;
        }
        return new Counts(ids, counts, extras);
    }

    /** Log term frequency times idf, unit length; named extras added after, on their own scale. */
    public SparseVector weigh(Counts c) {
        int[] ids = c.ids();
        double[] values = new double[ids.length];
        double norm = 0;
        int kept = 0;
        for (int i = 0; i < ids.length; i++) {
            double v = (1 + Math.log(c.counts()[i])) * (idf == null ? 1 : idf[ids[i]]);
            values[i] = v;
            norm += v * v;
            kept += v != 0 ? 1 : 0;
        }
        norm = Math.sqrt(norm);
        TreeMap<Integer, Double> extras = new TreeMap<>();
        if (c.extras() != null) {
            // named features are not normalised with the words: they carry their own scale (e.g. log counts)
            for (var e : c.extras().entrySet()) {
                extras.merge(hash("x:" + e.getKey()), e.getValue(), Double::sum);
            }
        }
        int[] outIds = new int[kept + extras.size()];
        double[] outValues = new double[outIds.length];
        int n = 0;
        int i = 0;
        var ex = extras.entrySet().iterator();
        var next = ex.hasNext() ? ex.next() : null;
        while (i < ids.length || next != null) {
            if (i < ids.length && values[i] == 0) {
                i++;
                continue;
            }
            if (next == null || (i < ids.length && ids[i] < next.getKey())) {
                outIds[n] = ids[i];
                outValues[n++] = values[i++] / norm;
            } else if (i < ids.length && ids[i] == next.getKey()) {
                outIds[n] = ids[i];
                outValues[n++] = values[i++] / norm + next.getValue();
                next = ex.hasNext() ? ex.next() : null;
            } else {
                outIds[n] = next.getKey();
                outValues[n++] = next.getValue();
                next = ex.hasNext() ? ex.next() : null;
            }
        }
        return new SparseVector(n == outIds.length ? outIds : Arrays.copyOf(outIds, n),
                n == outValues.length ? outValues : Arrays.copyOf(outValues, n));
    }

    private void addSyllables(IntBuffer out, String text, String prefix) {
        if (text == null || text.isEmpty()) {
            return;
        }
        String s = VietnameseText.nfc(text);
        List<Token> tokens = Tokenizer.tokenize(s);
        String[] w = new String[tokens.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = tokens.get(i).exact();
        }
        StringBuilder gram = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            gram.setLength(0);
            gram.append(prefix);
            for (int n = 1; n <= spec.words() && i + n <= w.length; n++) {
                if (n > 1) {
                    gram.append(' ');
                }
                gram.append(w[i + n - 1]);
                out.add(hash(gram.toString()));
            }
        }
        if (spec.negation()) {
            addNegated(out, s, tokens, prefix);
        }
        if (spec.hasChars() && prefix.isEmpty()) {
            addChars(out, tokens);
        }
    }

    /** Syllables in the scope of a negation, up to the next punctuation or line break, under a negated prefix. */
    private void addNegated(IntBuffer out, String s, List<Token> tokens, String prefix) {
        boolean inScope = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i > 0 && punctuationBetween(s, tokens.get(i - 1).end(), t.start())) {
                inScope = false;
            }
            if (inScope) {
                out.add(hash(prefix + NEGATED + t.exact()));
            }
            if (NEGATIONS.contains(t.exact())) {
                inScope = true;
            }
        }
    }

    private static boolean punctuationBetween(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\n' || c == '('
                    || c == ')' || c == '-' || c == '–') {
                return true;
            }
        }
        return false;
    }

    /** Character n-grams of " syl syl syl ", hashed as they are read (no substring per gram). */
    private void addChars(IntBuffer out, List<Token> tokens) {
        StringBuilder sb = new StringBuilder(tokens.size() * 6 + 2).append(' ');
        for (Token t : tokens) {
            sb.append(spec.foldedChars() ? t.folded() : t.exact()).append(' ');
        }
        int len = sb.length();
        for (int i = 0; i < len; i++) {
            int h = CHAR_SEED;
            for (int n = 1; n <= spec.charsTo() && i + n <= len; n++) {
                char c = sb.charAt(i + n - 1);
                h ^= c & 0xff;
                h *= 0x01000193;
                h ^= c >>> 8;
                h *= 0x01000193;
                if (n >= spec.charsFrom() && !(n == 1 && c == ' ')) {
                    out.add((h ^ (h >>> bits)) & mask);
                }
            }
        }
    }

    /** FNV-1a over UTF-8, folded to the table size: the same index on every JVM and platform. */
    public int hash(String feature) {
        byte[] b = feature.getBytes(StandardCharsets.UTF_8);
        int h = 0x811c9dc5;
        for (byte x : b) {
            h ^= (x & 0xff);
            h *= 0x01000193;
        }
        return (h ^ (h >>> bits)) & mask;
    }

    /** A growable int array: a long article yields tens of thousands of hashed grams. */
    private static final class IntBuffer {
        private int[] a = new int[256];
        private int n;

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int[] sorted() {
            int[] out = Arrays.copyOf(a, n);
            Arrays.sort(out);
            return out;
        }
    }
}
