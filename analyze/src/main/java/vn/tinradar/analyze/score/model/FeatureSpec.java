package vn.tinradar.analyze.score.model;

import java.util.HashMap;
import java.util.Map;

/**
 * Which features {@link TextFeatures} draws from a text. Written into the model file, so scoring always uses
 * the features the model was trained on.
 *
 * @param words syllable n-grams up to this length (1 = unigrams, 2 = and bigrams, 3 = and trigrams)
 * @param charsFrom shortest character n-gram, counted over the syllables joined by single spaces so that
 *     grams span syllable boundaries; 0 for none
 * @param charsTo longest character n-gram
 * @param foldedChars character n-grams of the folded text (no diacritics) rather than the exact text, so a
 *     comment typed without diacritics meets the same grams as one typed with them
 * @param negation syllables after a negation (không, chưa, chẳng, chả, không hề…) up to the next punctuation
 *     are counted under a negated prefix as well: "không hay" gives "hay" and "¬hay"
 */
public record FeatureSpec(int words, int charsFrom, int charsTo, boolean foldedChars, boolean negation) {

    /** The features of models written before the spec was recorded: syllable unigrams and bigrams. */
    public static final FeatureSpec SYLLABLE_BIGRAMS = new FeatureSpec(2, 0, 0, false, false);

    public FeatureSpec {
        if (words < 1 || words > 4) {
            throw new IllegalArgumentException("word n-grams must be 1 to 4 long but were " + words);
        }
        if (charsFrom < 0 || charsTo < charsFrom || charsTo > 8 || (charsFrom == 0) != (charsTo == 0)) {
            throw new IllegalArgumentException("character n-grams must be 0-0 (none) or within 1-8, but were "
                    + charsFrom + "-" + charsTo);
        }
    }

    public boolean hasChars() {
        return charsFrom > 0;
    }

    /** The form stored in a model file: {@code words=2 chars=2-5 folded-chars=true negation=false}. */
    public String describe() {
        return "words=" + words + " chars=" + charsFrom + "-" + charsTo + " folded-chars=" + foldedChars
                + " negation=" + negation;
    }

    /** @throws IllegalArgumentException naming what is wrong in the stored form */
    public static FeatureSpec parse(String described) {
        Map<String, String> kv = new HashMap<>();
        for (String part : described.trim().split(" +")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected key=value but found '" + part + "'");
            }
            kv.put(part.substring(0, eq), part.substring(eq + 1));
        }
        try {
            String[] chars = kv.getOrDefault("chars", "0-0").split("-");
            return new FeatureSpec(Integer.parseInt(kv.getOrDefault("words", "2")), Integer.parseInt(chars[0]),
                    Integer.parseInt(chars[1]), Boolean.parseBoolean(kv.get("folded-chars")),
                    Boolean.parseBoolean(kv.get("negation")));
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("malformed feature spec '" + described + "'");
        }
    }
}
