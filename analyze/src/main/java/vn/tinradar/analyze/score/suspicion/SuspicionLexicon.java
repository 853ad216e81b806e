package vn.tinradar.analyze.score.suspicion;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import vn.tinradar.analyze.score.text.PhraseIndex;
import vn.tinradar.analyze.score.text.TsvResource;
import vn.tinradar.common.text.VietnameseText;

/**
 * Sensational wording, insults, attribution phrases and anonymous by-lines from
 * {@code score/suspicion-lexicon.tsv}. Immutable and thread-safe.
 */
public final class SuspicionLexicon {

    public static final String DEFAULT_RESOURCE = "/score/suspicion-lexicon.tsv";

    /** What a phrase says about an article. */
    public enum Kind { CLICKBAIT, TOXIC, ATTRIBUTION, ANONYMOUS_AUTHOR }

    /** One phrase with its weight. */
    public record Item(Kind kind, double weight, String phrase) {
    }

    private final PhraseIndex<Item> index;
    private final Set<String> anonymousAuthors;

    private SuspicionLexicon(PhraseIndex<Item> index, Set<String> anonymousAuthors) {
        this.index = index;
        this.anonymousAuthors = Set.copyOf(anonymousAuthors);
    }

    public static SuspicionLexicon loadDefault() {
        return TsvResource.bundled(DEFAULT_RESOURCE, SuspicionLexicon::load);
    }

    public static SuspicionLexicon load(Path file) {
        return TsvResource.file(file, SuspicionLexicon::load);
    }

    /** @throws IllegalArgumentException naming the source and line of a malformed line */
    public static SuspicionLexicon load(InputStream in, String sourceName) {
        PhraseIndex<Item> index = new PhraseIndex<>();
        Set<String> anonymous = new HashSet<>();
        TsvResource.forEachRow(in, sourceName, (lineNo, c) -> {
            String where = sourceName + " line " + lineNo + ": ";
            if (c.length != 3) {
                throw new IllegalArgumentException(where + "expected 'kind<TAB>weight<TAB>phrase' but found "
                        + c.length + " columns");
            }
            Item item;
            try {
                Kind kind = Kind.valueOf(c[0].trim().toUpperCase(Locale.ROOT).replace('-', '_'));
                item = new Item(kind, Double.parseDouble(c[1].trim()), VietnameseText.nfc(c[2].trim()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + "kind must be clickbait|toxic|attribution|"
                        + "anonymous-author and weight a number, but found '" + c[0] + "', '" + c[1] + "'");
            }
            if (item.kind() == Kind.ANONYMOUS_AUTHOR) {
                anonymous.add(VietnameseText.fold(item.phrase()));
            } else {
                index.add(item.phrase(), item);
            }
        });
        return new SuspicionLexicon(index, anonymous);
    }

    PhraseIndex<Item> index() {
        return index;
    }

    /** True when a by-line names nobody: "Admin", "Sưu tầm", "ST". */
    public boolean isAnonymousAuthor(String author) {
        return author != null && anonymousAuthors.contains(VietnameseText.fold(author.trim()));
    }
}
