package vn.tinradar.analyze.score.relevance;

import java.util.List;
import vn.tinradar.analyze.score.text.Token;

/**
 * The zones and sentences of an article's syllables: the title, the lead (the first two sentences after it, at most
 * {@link #LEAD_TOKENS} syllables, since pages often open with a long run of boilerplate and no full stop) and the body.
 */
final class ArticleLayout {

    static final int LEAD_TOKENS = 60;
    private static final int LEAD_SENTENCES = 2;

    private final int titleEnd;
    private final int leadEnd;
    private final int[] sentence;

    private ArticleLayout(int titleEnd, int leadEnd, int[] sentence) {
        this.titleEnd = titleEnd;
        this.leadEnd = leadEnd;
        this.sentence = sentence;
    }

    /**
     * @param tokens the syllables of title, newline, lead and body
     * @param titleChars how many chars of the text the title takes
     */
    static ArticleLayout of(List<Token> tokens, int titleChars) {
        int[] sentence = new int[tokens.size()];
        int titleEnd = 0;
        while (titleEnd < tokens.size() && tokens.get(titleEnd).start() < titleChars) {
            titleEnd++;
        }
        int leadEnd = titleEnd;
        int sentencesInLead = 0;
        int current = 0;
        for (int k = 0; k < tokens.size(); k++) {
            // the title is its own sentence even when it has no final stop
            if (k > 0 && (tokens.get(k).sentenceStart() || k == titleEnd)) {
                current++;
            }
            sentence[k] = current;
        }
        while (leadEnd < tokens.size() && leadEnd - titleEnd < LEAD_TOKENS) {
            if (leadEnd > titleEnd && sentence[leadEnd] != sentence[leadEnd - 1] && ++sentencesInLead >= LEAD_SENTENCES) {
                break;
            }
            leadEnd++;
        }
        return new ArticleLayout(titleEnd, leadEnd, sentence);
    }

    Zone zone(int token) {
        return token < titleEnd ? Zone.TITLE : token < leadEnd ? Zone.LEAD : Zone.BODY;
    }

    int sentence(int token) {
        return sentence[token];
    }
}
