package vn.tinradar.analyze.score.ngram;

/**
 * 63-bit keys of syllable sequences of one to five words. Five 21-bit ids do not pack into a {@code long}, so
 * the Kneser-Ney tables key an n-gram by a hash built from its last word backwards: a key extended by the word
 * before it is the key of the longer n-gram, which gives every suffix and context of a position in one pass.
 * A table of ten million n-grams expects one colliding pair in about 10^5 such tables; a collision merges two
 * n-grams' counts and never breaks a probability's sum.
 */
final class NgramKeys {

    /** The key of the empty sequence, the context of a word's unigram probability. */
    static final long EMPTY = 0x5DEECE66DL;

    private NgramKeys() {
    }

    /** The key of the sequence {@code state} stands for, with {@code earlier} put in front of it. */
    static long extend(long state, int earlier) {
        long h = (state + earlier + 1) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        return h ^ (h >>> 32);
    }

    /** A sequence's state as a table key: never negative, so never the tables' empty slot. */
    static long key(long state) {
        return state & Long.MAX_VALUE;
    }
}
