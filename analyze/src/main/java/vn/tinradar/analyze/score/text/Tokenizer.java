package vn.tinradar.analyze.score.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.tinradar.common.text.VietnameseText;

/**
 * Splits Vietnamese text into syllables (letters and digits), each with a folded and an exact key.
 *
 * <p>Vietnamese writes one syllable per space-separated word, so syllables are the unit every lexicon, rule
 * and place name is matched on; multi-syllable words are matched as sequences.
 */
public final class Tokenizer {

    /**
     * Folded and exact keys per written word. Vietnamese has a few thousand syllables, so the cache stays small
     * and spares two Unicode normalisations per token; it stops growing at {@link #CACHE_LIMIT} (numbers,
     * foreign words) rather than evicting.
     */
    private static final Map<String, String[]> KEYS = new ConcurrentHashMap<>();
    static final int CACHE_LIMIT = 200_000;

    private Tokenizer() {
    }

    private static String[] keys(String word) {
        String[] cached = KEYS.get(word);
        if (cached != null) {
            return cached;
        }
        String[] computed = {VietnameseText.fold(word), exactKey(word)};
        if (KEYS.size() < CACHE_LIMIT) {
            KEYS.putIfAbsent(word, computed);
        }
        return computed;
    }

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return tokens;
        }
        String s = VietnameseText.nfc(text);
        int n = s.length();
        int i = 0;
        boolean sentenceStart = true;
        boolean joined = false;
        while (i < n) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == ';' || c == '"' || c == '“') {
                    sentenceStart = true;
                }
                joined &= c == ' ' || c == '\u00a0' || c == '\t';
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || Character.getType(s.charAt(i)) == Character.NON_SPACING_MARK)) {
                i++;
            }
            String word = s.substring(start, i);
            String[] keys = keys(word);
            tokens.add(new Token(start, i, keys[0], keys[1], Character.isUpperCase(word.charAt(0)), sentenceStart,
                    joined && start > 0, false));
            sentenceStart = false;
            joined = true;
        }
        return markAccented(tokens);
    }

    /**
     * Text written with diacritics has them on most syllables (about seven in ten); text typed without them
     * has next to none. A fifth is the line between the two.
     */
    private static List<Token> markAccented(List<Token> tokens) {
        long accented = tokens.stream().filter(Token::hasDiacritics).count();
        if (tokens.isEmpty() || accented * 5 < tokens.size()) {
            return tokens;
        }
        List<Token> marked = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            marked.add(new Token(t.start(), t.end(), t.folded(), t.exact(), t.capitalised(), t.sentenceStart(),
                    t.joined(), true));
        }
        return marked;
    }

    /**
     * Lower case NFC with the tone mark of open "oa/oe/uy" syllables on the first vowel, so the old and new
     * spelling conventions ("hoà"/"hòa", "thuỷ"/"thủy") compare equal.
     */
    public static String exactKey(String word) {
        String d = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d);
        int len = sb.length();
        if (len >= 3) {
            char tone = sb.charAt(len - 1);
            char second = sb.charAt(len - 2);
            char first = sb.charAt(len - 3);
            boolean isTone = tone == '\u0300' || tone == '\u0301' || tone == '\u0309' || tone == '\u0303' || tone == '\u0323';
            boolean pair = (first == 'o' && (second == 'a' || second == 'e')) || (first == 'u' && second == 'y');
            boolean qu = len >= 4 && sb.charAt(len - 4) == 'q';
            if (isTone && pair && !qu) {
                sb.setLength(len - 2);
                sb.append(tone).append(second);
            }
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFC);
    }

    /** Folded syllables of a phrase written in a lexicon or rule file. */
    public static String[] foldedSyllables(String phrase) {
        return tokenize(phrase).stream().map(Token::folded).toArray(String[]::new);
    }
}
