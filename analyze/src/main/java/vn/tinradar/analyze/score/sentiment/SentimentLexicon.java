package vn.tinradar.analyze.score.sentiment;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import vn.tinradar.analyze.score.text.PhraseIndex;
import vn.tinradar.analyze.score.text.TsvResource;
import vn.tinradar.common.text.VietnameseText;

/**
 * The sentiment words, negations, intensifiers, contrast words, corrections and notice openings of
 * {@code score/sentiment-lexicon.tsv},
 * in one phrase index so the longest phrase wins ("không hiệu quả" is one negative word, not a negation of
 * "hiệu quả"). Immutable and thread-safe.
 */
public final class SentimentLexicon {

    public static final String DEFAULT_RESOURCE = "/score/sentiment-lexicon.tsv";

    /** What a lexicon phrase does. */
    public enum Kind { WORD, NEGATION, INTENSIFIER, CONTRAST, CORRECTION, NOTICE, RISK }

    /** One lexicon phrase: its kind and weight (polarity for words, factor for intensifiers, notices and risks). */
    public record Item(Kind kind, double weight, String phrase) {
    }

    private final PhraseIndex<Item> index;
    private final int size;

    private SentimentLexicon(PhraseIndex<Item> index, int size) {
        this.index = index;
        this.size = size;
    }

    public static SentimentLexicon loadDefault() {
        return TsvResource.bundled(DEFAULT_RESOURCE, SentimentLexicon::load);
    }

    public static SentimentLexicon load(Path file) {
        return TsvResource.file(file, SentimentLexicon::load);
    }

    /** @throws IllegalArgumentException naming the source and line of a malformed line */
    public static SentimentLexicon load(InputStream in, String sourceName) {
        PhraseIndex<Item> index = new PhraseIndex<>();
        int[] count = {0};
        TsvResource.forEachRow(in, sourceName, (lineNo, c) -> {
            String where = sourceName + " line " + lineNo + ": ";
            if (c.length != 3) {
                throw new IllegalArgumentException(where + "expected 'kind<TAB>weight<TAB>phrase' but found "
                        + c.length + " columns");
            }
            Kind kind;
            double weight;
            try {
                kind = Kind.valueOf(c[0].trim().toUpperCase(Locale.ROOT));
                weight = Double.parseDouble(c[1].trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + "kind must be word|negation|intensifier|contrast|correction|notice|risk and "
                        + "weight a number, but found '" + c[0] + "', '" + c[1] + "'");
            }
            if ((kind == Kind.NOTICE || kind == Kind.RISK) && (weight < 0 || weight > 1)) {
                throw new IllegalArgumentException(where + "a " + kind.name().toLowerCase(Locale.ROOT)
                        + "'s factor must be between 0 and 1 but was " + weight);
            }
            String phrase = VietnameseText.nfc(c[2].trim());
            index.add(phrase, new Item(kind, weight, phrase));
            count[0]++;
        });
        return new SentimentLexicon(index, count[0]);
    }

    public int size() {
        return size;
    }

    PhraseIndex<Item> index() {
        return index;
    }
}
