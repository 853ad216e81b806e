package vn.tinradar.analyze.score.sentiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import vn.tinradar.analyze.score.text.PhraseIndex;
import vn.tinradar.analyze.score.text.Token;
import vn.tinradar.analyze.score.text.Tokenizer;
import vn.tinradar.common.event.Sentiment;
import vn.tinradar.common.text.VietnameseText;

/**
 * Tone of a text from the sentiment lexicon. A negation flips the words in the next {@link #NEGATION_SCOPE}
 * syllables at half strength ("không gây thiệt hại" is mildly good news, not bad news); an intensifier right
 * before a word multiplies it; after a contrast word ("nhưng", "tuy nhiên") the rest of the sentence counts
 * more and what came before counts less; the headline counts double. A headline that corrects a false report
 * ("… là sai sự thật", "bác bỏ tin đồn …") quotes the rumour's words without sharing its tone: the words then count
 * {@link #CORRECTED} as much, and the correction is the first evidence. A headline that opens as a notice, a
 * forecast or a service piece ("Thông báo …", "Lấy ý kiến …", "Dự báo thời tiết …", "Cách làm …") reports no gain or
 * harm by itself: its words count the notice phrase's factor, and the phrase is the first evidence (the neutral
 * prior of docs/labels/news-tone-guidelines.md); what the headline says after a colon is its own point and keeps
 * its weight ("Lấy ý kiến dự thảo …: nhiều hộ dân phàn nàn …"). A risk or a warning ("nguy cơ ngập lụt", "cảnh báo lũ")
 * names a harm that has not happened: the harm words in the next {@link #RISK_SCOPE} syllables of its clause count the
 * risk phrase's factor. Thread-safe.
 */
public final class LexiconSentimentScorer {

    static final int NEGATION_SCOPE = 3;
    static final int RISK_SCOPE = 3;
    static final double NEGATED = -0.5;
    static final double AFTER_CONTRAST = 1.5;
    static final double BEFORE_CONTRAST = 0.6;
    static final double HEADLINE = 2.0;
    static final double CORRECTED = 0.1;
    public static final double LABEL_THRESHOLD = 0.3;
    static final int MAX_EVIDENCE = 6;

    private final SentimentLexicon lexicon;

    public LexiconSentimentScorer(SentimentLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** One lexicon word as it counted; {@code ownPoint} when it stands after a colon in the headline. */
    record Hit(String written, double value, boolean ownPoint) {
    }

    /** A headline phrase that makes the text count less: a correction (all of it) or a notice opening. */
    record Damping(String written, double factor, boolean sparesOwnPoint) {
    }

    public Sentiment score(String title, String body) {
        List<Hit> hits = new ArrayList<>();
        List<Damping> dampings = new ArrayList<>();
        int tokens = collect(title, true, hits, dampings) + collect(body, false, hits, new ArrayList<>());
        double factor = dampings.stream().mapToDouble(Damping::factor).min().orElse(1.0);
        double ownPointFactor = dampings.stream().filter(d -> !d.sparesOwnPoint()).mapToDouble(Damping::factor)
                .min().orElse(1.0);
        double sum = hits.stream().mapToDouble(h -> h.value() * (h.ownPoint() ? ownPointFactor : factor)).sum();
        // a long article has more words of every kind: compare the balance, not the raw count
        double length = Math.sqrt(Math.max(1.0, tokens / 150.0));
        double score = Math.tanh(sum / (2.0 * length));
        score = Math.round(score * 1000) / 1000.0;
        List<String> evidence = Stream.concat(dampings.stream().map(Damping::written), hits.stream()
                        .sorted(Comparator.comparingDouble((Hit h) -> Math.abs(h.value())).reversed())
                        .map(Hit::written))
                .distinct().limit(MAX_EVIDENCE).toList();
        return new Sentiment(label(score), score, evidence);
    }

    public static String label(double score) {
        if (score >= LABEL_THRESHOLD) {
            return Sentiment.POSITIVE;
        }
        if (score <= -LABEL_THRESHOLD) {
            return Sentiment.NEGATIVE;
        }
        return Sentiment.NEUTRAL;
    }

    private int collect(String text, boolean headline, List<Hit> hits, List<Damping> dampings) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        double weight = headline ? HEADLINE : 1.0;
        String s = VietnameseText.nfc(text);
        int colon = headline ? s.indexOf(':') : -1;
        List<Token> tokens = Tokenizer.tokenize(s);
        List<PhraseIndex.Match<SentimentLexicon.Item>> matches = lexicon.index().findAll(tokens);
        int negationEnd = -1;
        int negationStart = -1;
        int riskEnd = -1;
        double riskFactor = 1.0;
        double intensity = 1.0;
        int intensifierEnd = -1;
        int sentenceFirstHit = hits.size();
        boolean afterContrast = false;
        for (PhraseIndex.Match<SentimentLexicon.Item> m : matches) {
            if (tokens.get(m.from()).sentenceStart()) {
                afterContrast = false;
                sentenceFirstHit = hits.size();
                negationEnd = -1;
                riskEnd = -1;
            }
            SentimentLexicon.Item item = m.entry().value();
            switch (item.kind()) {
                case NEGATION -> {
                    negationStart = m.from();
                    negationEnd = m.to();
                }
                case RISK -> {
                    riskEnd = m.to();
                    riskFactor = item.weight();
                }
                case INTENSIFIER -> {
                    intensity = item.weight();
                    intensifierEnd = m.to();
                }
                case CORRECTION -> dampings.add(new Damping(PhraseIndex.written(s, tokens, m), CORRECTED, false));
                case NOTICE -> {
                    // only an opening says what kind of piece it is: "… tại hội nghị lấy ý kiến" reports the meeting
                    if (m.from() == 0) {
                        dampings.add(new Damping(PhraseIndex.written(s, tokens, m), item.weight(), true));
                    }
                }
                case CONTRAST -> {
                    // the clause before "nhưng" is the concession: it counts less than the point that follows
                    for (int h = sentenceFirstHit; h < hits.size(); h++) {
                        Hit old = hits.get(h);
                        hits.set(h, new Hit(old.written(), old.value() * BEFORE_CONTRAST, old.ownPoint()));
                    }
                    afterContrast = true;
                    negationEnd = -1;
                }
                case WORD -> {
                    if (item.weight() == 0) {
                        // a blocking phrase: it took the words so that the lexicon word inside it does not count
                        intensifierEnd = -1;
                        continue;
                    }
                    double v = item.weight() * weight;
                    String written = PhraseIndex.written(s, tokens, m);
                    // every word in the scope is negated: "không còn lo sạt lở" clears both "lo" and "sạt lở"
                    if (negationEnd >= 0 && m.from() - negationEnd < NEGATION_SCOPE) {
                        v *= NEGATED;
                        written = s.substring(tokens.get(negationStart).start(), tokens.get(m.to() - 1).end());
                    }
                    // only harm is hypothetical after "nguy cơ": "không có hệ thống nào an toàn" is not softened
                    if (v < 0 && riskEnd >= 0 && m.from() - riskEnd < RISK_SCOPE
                            && sameClause(s, tokens.get(riskEnd - 1).end(), tokens.get(m.from()).start())) {
                        v *= riskFactor;
                    }
                    if (intensifierEnd >= 0 && m.from() - intensifierEnd <= 1) {
                        v *= intensity;
                    }
                    if (afterContrast) {
                        v *= AFTER_CONTRAST;
                    }
                    hits.add(new Hit(written, v, colon >= 0 && tokens.get(m.from()).start() > colon));
                    intensifierEnd = -1;
                }
                default -> throw new IllegalStateException("unknown lexicon kind " + item.kind());
            }
        }
        return tokens.size();
    }

    /** "Cảnh báo: nhiều người mất tiền …" reports the harm after the colon; a comma also ends the warning's reach. */
    private static boolean sameClause(String text, int from, int to) {
        String between = text.substring(from, to);
        return between.indexOf(':') < 0 && between.indexOf(',') < 0 && between.indexOf(';') < 0;
    }
}
