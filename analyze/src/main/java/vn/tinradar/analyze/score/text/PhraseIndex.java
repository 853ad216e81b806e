package vn.tinradar.analyze.score.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds lexicon phrases in tokenised text, with or without diacritics, longest phrase first.
 *
 * <p>A phrase matches a run of syllables separated by spaces (or by punctuation where the phrase itself has some:
 * "phường 9, quận 3" also matches "phường 9 quận 3") only when the folded syllables are equal and,
 * when the text is written with diacritics (or the run itself carries any), the diacritics agree on all of
 * them: "sat lo" and "sạt lở" find "sạt lở", "sắt" does not, nor does "kho" find "khó" in accented text.
 * Immutable once built, so one index serves every thread.
 *
 * @param <T> what a phrase carries (a weight, a place, a topic rule)
 */
public final class PhraseIndex<T> {

    /**
     * One phrase of the lexicon and its payload; {@code separated[k]} is true where the phrase itself puts
     * punctuation before syllable {@code k} ("phường 9, quận 3"), so the text may too.
     */
    public record Entry<T>(String phrase, String[] folded, String[] exact, boolean[] separated, T value) {
        public int length() {
            return folded.length;
        }
    }

    /** A phrase found at tokens [from, to). */
    public record Match<T>(int from, int to, Entry<T> entry) {
    }

    private final Map<String, List<Entry<T>>> byFirstSyllable = new HashMap<>();

    public void add(String phrase, T value) {
        List<Token> tokens = Tokenizer.tokenize(phrase);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("empty phrase '" + phrase + "'");
        }
        String[] folded = tokens.stream().map(Token::folded).toArray(String[]::new);
        String[] exact = tokens.stream().map(Token::exact).toArray(String[]::new);
        boolean[] separated = new boolean[tokens.size()];
        for (int k = 1; k < tokens.size(); k++) {
            separated[k] = !tokens.get(k).joined();
        }
        List<Entry<T>> list = byFirstSyllable.computeIfAbsent(folded[0], k -> new ArrayList<>());
        list.add(new Entry<>(phrase, folded, exact, separated, value));
        list.sort(Comparator.comparingInt((Entry<T> e) -> e.length()).reversed());
    }

    public boolean isEmpty() {
        return byFirstSyllable.isEmpty();
    }

    /** Every entry matching at token {@code i}, longest first. */
    public List<Match<T>> matchesAt(List<Token> tokens, int i) {
        List<Entry<T>> candidates = byFirstSyllable.get(tokens.get(i).folded());
        if (candidates == null) {
            return List.of();
        }
        List<Match<T>> found = new ArrayList<>(2);
        for (Entry<T> e : candidates) {
            if (matches(tokens, i, e)) {
                found.add(new Match<>(i, i + e.length(), e));
            }
        }
        return found;
    }

    /**
     * Non-overlapping matches scanning left to right, taking the longest phrase at each position: "không gây
     * thiệt hại" is read once, not also as "thiệt hại".
     */
    public List<Match<T>> findAll(List<Token> tokens) {
        List<Match<T>> result = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            List<Match<T>> here = matchesAt(tokens, i);
            if (here.isEmpty()) {
                i++;
            } else {
                Match<T> longest = here.get(0);
                result.add(longest);
                i = longest.to();
            }
        }
        return result;
    }

    private static boolean matches(List<Token> tokens, int i, Entry<?> e) {
        if (i + e.length() > tokens.size()) {
            return false;
        }
        // a text that writes diacritics writes them on every syllable: "xa trung tâm" is not "xã Trung Tâm"
        boolean accented = tokens.get(i).accentedText();
        for (int k = 0; k < e.length(); k++) {
            Token t = tokens.get(i + k);
            if (!t.folded().equals(e.folded()[k]) || (k > 0 && !t.joined() && !e.separated()[k])) {
                return false;
            }
            accented |= t.hasDiacritics();
        }
        if (accented) {
            for (int k = 0; k < e.length(); k++) {
                if (!tokens.get(i + k).exact().equals(e.exact()[k])) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The phrase as the text wrote it. */
    public static String written(String text, List<Token> tokens, Match<?> m) {
        return text.substring(tokens.get(m.from()).start(), tokens.get(m.to() - 1).end());
    }
}
