package vn.tinradar.analyze.query.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.search.highlight.TextFragment;
import vn.tinradar.analyze.pipeline.index.ArticleFields;
import vn.tinradar.analyze.pipeline.index.VietnameseAnalyzer;
import vn.tinradar.common.event.Article;

/**
 * Builds the snippet of a hit: HTML in which the matched words are wrapped in {@code <mark>} and everything else
 * is escaped. The text is re-analysed with the folded analyzer, whose offsets point into the original text, so
 * {@code sat lo} marks "sạt lở" as the article wrote it.
 */
final class Snippets {

    static final int FRAGMENT_CHARS = 180;
    private static final int FRAGMENTS = 2;

    private final Analyzer analyzer = new VietnameseAnalyzer(VietnameseAnalyzer.Mode.FOLDED);

    String snippet(Article a, Query highlightQuery) {
        String body = a.leadAndBody();
        if (highlightQuery != null) {
            QueryScorer scorer = new QueryScorer(highlightQuery, ArticleFields.TEXT_FOLDED);
            Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"),
                    new SimpleHTMLEncoder(), scorer);
            highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT_CHARS));
            highlighter.setMaxDocCharsToAnalyze(200_000);
            for (String text : new String[] {body, a.title()}) {
                String marked = best(highlighter, text);
                if (marked != null) {
                    return marked;
                }
            }
        }
        return SimpleHTMLEncoder.htmlEncode(head(body.isEmpty() ? a.title() : body));
    }

    private String best(Highlighter highlighter, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try (TokenStream tokens = analyzer.tokenStream(ArticleFields.TEXT_FOLDED, text)) {
            // not merged: adjacent fragments would grow into the whole article
            List<String> fragments = new ArrayList<>();
            for (TextFragment f : highlighter.getBestTextFragments(tokens, text, false, FRAGMENTS)) {
                if (f != null && f.getScore() > 0) {
                    fragments.add(openEnded(f.toString().replaceAll("\\s+", " ").strip()));
                }
            }
            return fragments.isEmpty() ? null : String.join(" ", fragments);
        } catch (IOException | InvalidTokenOffsetsException e) {
            return null; // a snippet without marks is better than no hit
        }
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
