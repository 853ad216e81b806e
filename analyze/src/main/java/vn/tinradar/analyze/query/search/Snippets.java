package vn.tinradar.analyze.query.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import vn.tinradar.analyze.pipeline.index.ArticleFields;
import vn.tinradar.analyze.pipeline.index.VietnameseAnalyzer;
import vn.tinradar.common.event.Article;

/**
 * Builds the snippet of a hit: HTML in which the matched words are wrapped in {@code <mark>} and everything else
 * is escaped. The text is re-analysed with the folded analyzer, whose offsets point into the original text, so
 * {@code sat lo} marks "sạt lở" as the article wrote it.
 *
 * <p>The typed phrases are found in one pass over the text's tokens and their positions, not by Lucene's
 * highlighter, which builds an in-memory index of each hit's text to find phrase spans: that index was a third of a
 * search's work (docs/benchmarks.md). The text is cut into fragments of about {@value #FRAGMENT_CHARS} characters at
 * token boundaries, never inside a matched phrase; the {@value #FRAGMENTS} fragments holding the most distinct
 * matched words are shown, best first, the earlier one between equals.
 */
final class Snippets {

    static final int FRAGMENT_CHARS = 180;
    private static final int FRAGMENTS = 2;
    /** A huge page is marked within its first characters only, as a reader would skim it. */
    private static final int MAX_CHARS_ANALYSED = 200_000;

    private final Analyzer analyzer = new VietnameseAnalyzer(VietnameseAnalyzer.Mode.FOLDED);

    /** One typed phrase: its folded terms and their positions relative to the first (stop syllables leave gaps). */
    record Phrase(String[] terms, int[] positions) {
    }

    /** The text's tokens: folded term, position, and where each stands in the text. */
    private record Tokens(String[] terms, int[] positions, int[] starts, int[] ends, int count) {
    }

    /** A passage of the text: its characters [start, end) and its tokens [firstToken, endToken). */
    private record Fragment(int start, int end, int firstToken, int endToken) {
    }

    String snippet(Article a, Query highlightQuery) {
        String body = a.leadAndBody();
        List<Phrase> phrases = highlightQuery == null ? List.of() : phrases(highlightQuery);
        if (!phrases.isEmpty()) {
            for (String text : new String[] {body, a.title()}) {
                String marked = best(phrases, text);
                if (marked != null) {
                    return marked;
                }
            }
        }
        return SimpleHTMLEncoder.htmlEncode(head(body.isEmpty() ? a.title() : body));
    }

    /** The phrases and words of a highlight query (LuceneQueries#highlightQuery): phrases, terms, or both in a bool. */
    static List<Phrase> phrases(Query query) {
        List<Phrase> out = new ArrayList<>();
        collect(query, out);
        return out;
    }

    private static void collect(Query query, List<Phrase> out) {
        if (query instanceof BooleanQuery b) {
            for (BooleanClause c : b.clauses()) {
                if (c.getOccur() != BooleanClause.Occur.MUST_NOT) {
                    collect(c.getQuery(), out);
                }
            }
        } else if (query instanceof PhraseQuery p && p.getTerms().length > 0) {
            Term[] terms = p.getTerms();
            int[] positions = p.getPositions().clone();
            int first = positions[0];
            for (int i = 0; i < positions.length; i++) {
                positions[i] -= first;
            }
            out.add(new Phrase(Arrays.stream(terms).map(Term::text).toArray(String[]::new), positions));
        } else if (query instanceof TermQuery t) {
            out.add(new Phrase(new String[] {t.getTerm().text()}, new int[] {0}));
        }
    }

    /**
     * The whole text as HTML with every occurrence of the phrases marked, or null when none occurs: what the snippet's
     * fragments are cut from (and what a check compares with Lucene's highlighter).
     */
    String markedWhole(List<Phrase> phrases, String text) {
        try {
            Tokens tokens = tokens(text);
            boolean[] marked = new boolean[tokens.count()];
            if (!match(phrases, tokens, new int[tokens.count()], marked)) {
                return null;
            }
            return html(text, tokens, marked, new Fragment(0, text.length(), 0, tokens.count()));
        } catch (IOException e) {
            return null;
        }
    }

    private String best(List<Phrase> phrases, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String analysed = text.length() > MAX_CHARS_ANALYSED ? text.substring(0, MAX_CHARS_ANALYSED) : text;
        Tokens tokens;
        try {
            tokens = tokens(analysed);
        } catch (IOException e) {
            return null; // a snippet without marks is better than no hit
        }
        int[] phraseEnd = new int[tokens.count()]; // > 0 at a matched phrase's first token: index after its last
        boolean[] marked = new boolean[tokens.count()];
        if (!match(phrases, tokens, phraseEnd, marked)) {
            return null;
        }
        // the last passage ends where the analysis did: on a huge page it would otherwise hold the rest of the page
        List<Fragment> fragments = fragments(tokens, phraseEnd, analysed.length());
        record Scored(int index, int score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (int f = 0; f < fragments.size(); f++) {
            Set<String> words = new HashSet<>();
            for (int i = fragments.get(f).firstToken(); i < fragments.get(f).endToken(); i++) {
                if (marked[i]) {
                    words.add(tokens.terms()[i]);
                }
            }
            if (!words.isEmpty()) {
                scored.add(new Scored(f, words.size()));
            }
        }
        // not merged: adjacent fragments would grow into the whole article
        return String.join(" ", scored.stream()
                .sorted(Comparator.comparingInt(Scored::score).reversed().thenComparingInt(Scored::index))
                .limit(FRAGMENTS)
                .map(s -> openEnded(html(text, tokens, marked, fragments.get(s.index()))
                        .replaceAll("\\s+", " ").strip()))
                .toList());
    }

    private Tokens tokens(String text) throws IOException {
        int capacity = Math.max(16, text.length() / 4);
        String[] terms = new String[capacity];
        int[] positions = new int[capacity];
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int n = 0;
        int position = -1;
        try (TokenStream ts = analyzer.tokenStream(ArticleFields.TEXT_FOLDED, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (n == terms.length) {
                    terms = Arrays.copyOf(terms, n * 2);
                    positions = Arrays.copyOf(positions, n * 2);
                    starts = Arrays.copyOf(starts, n * 2);
                    ends = Arrays.copyOf(ends, n * 2);
                }
                position += increment.getPositionIncrement();
                terms[n] = term.toString();
                positions[n] = position;
                starts[n] = offset.startOffset();
                ends[n] = offset.endOffset();
                n++;
            }
            ts.end();
        }
        return new Tokens(terms, positions, starts, ends, n);
    }

    /** Marks every token of every occurrence of each phrase; true when anything matched. */
    private static boolean match(List<Phrase> phrases, Tokens t, int[] phraseEnd, boolean[] marked) {
        boolean any = false;
        for (int i = 0; i < t.count(); i++) {
            for (Phrase p : phrases) {
                int last = occurrenceEnd(p, t, i);
                if (last < 0) {
                    continue;
                }
                any = true;
                phraseEnd[i] = Math.max(phraseEnd[i], last + 1);
                for (int j = i; j <= last; j++) {
                    // a stop syllable inside the phrase has no token; every token in between is one of its words
                    marked[j] = true;
                }
            }
        }
        return any;
    }

    /** The index of the phrase's last token when it occurs starting at token {@code i}, else -1. */
    private static int occurrenceEnd(Phrase p, Tokens t, int i) {
        if (!p.terms()[0].equals(t.terms()[i])) {
            return -1;
        }
        int j = i;
        for (int k = 1; k < p.terms().length; k++) {
            int wanted = t.positions()[i] + p.positions()[k];
            while (j < t.count() && t.positions()[j] < wanted) {
                j++;
            }
            if (j == t.count() || t.positions()[j] != wanted || !p.terms()[k].equals(t.terms()[j])) {
                return -1;
            }
        }
        return j;
    }

    /**
     * The text cut into fragments of about {@value #FRAGMENT_CHARS} characters at token starts, never inside a
     * matched phrase.
     */
    private static List<Fragment> fragments(Tokens t, int[] phraseEnd, int length) {
        List<Fragment> out = new ArrayList<>();
        int fragmentStart = 0;
        int firstToken = 0;
        int insidePhraseUntil = 0;
        for (int i = 0; i < t.count(); i++) {
            if (i >= insidePhraseUntil && i > firstToken && t.ends()[i] - fragmentStart > FRAGMENT_CHARS) {
                out.add(new Fragment(fragmentStart, t.starts()[i], firstToken, i));
                fragmentStart = t.starts()[i];
                firstToken = i;
            }
            insidePhraseUntil = Math.max(insidePhraseUntil, phraseEnd[i]);
        }
        out.add(new Fragment(fragmentStart, length, firstToken, t.count()));
        return out;
    }

    private static String html(String text, Tokens t, boolean[] marked, Fragment fragment) {
        StringBuilder out = new StringBuilder();
        int at = fragment.start();
        for (int i = fragment.firstToken(); i < fragment.endToken(); i++) {
            if (!marked[i]) {
                continue;
            }
            out.append(SimpleHTMLEncoder.htmlEncode(text.substring(at, t.starts()[i])))
                    .append("<mark>").append(SimpleHTMLEncoder.htmlEncode(text.substring(t.starts()[i], t.ends()[i])))
                    .append("</mark>");
            at = t.ends()[i];
        }
        return out.append(SimpleHTMLEncoder.htmlEncode(text.substring(at, fragment.end()))).toString();
    }

    /** Fragments are cut by length: one that starts inside a sentence says so with a leading ellipsis. */
    private static String openEnded(String fragment) {
        if (fragment.isEmpty()) {
            return fragment;
        }
        int first = fragment.startsWith("<mark>") ? fragment.codePointAt("<mark>".length()) : fragment.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || first == '&' ? fragment : "… " + fragment;
    }

    private static String head(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= FRAGMENT_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', FRAGMENT_CHARS);
        return text.substring(0, cut > 0 ? cut : FRAGMENT_CHARS) + " …";
    }
}
