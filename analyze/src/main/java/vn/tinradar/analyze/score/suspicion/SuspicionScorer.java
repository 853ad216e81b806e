package vn.tinradar.analyze.score.suspicion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tinradar.analyze.score.model.LinearModel;
import vn.tinradar.analyze.score.text.PhraseIndex;
import vn.tinradar.analyze.score.text.Token;
import vn.tinradar.analyze.score.text.Tokenizer;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.EngagementObservation;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.Suspicion;
import vn.tinradar.common.text.VietnameseText;

/**
 * How likely an article is fabricated or harmful: hand-written signals (low source tier, a young domain, sensational
 * wording, shouting in capitals, no attribution, anonymous by-line, no date, insults, resemblance to a debunked
 * claim) and, when trained models are given, a learned text model and a toxicity model. The weighted signals are
 * summed with a negative bias and squashed by the logistic function into [0,1]; every signal that moved the sum is
 * listed with its weight and evidence. Thread-safe.
 */
public final class SuspicionScorer {

    /** With no signal at all an article scores about 0.05. */
    static final double BIAS = -3.0;
    static final int MIN_TOKENS_FOR_ATTRIBUTION = 15;
    private static final Pattern CAPS_RUN = Pattern.compile("(?:\\b\\p{Lu}{2,}\\b[\\s,]+){3,}\\b\\p{Lu}{2,}\\b");
    private static final Pattern EXCLAIM = Pattern.compile("[!?]*!{2,}[!?]*|\\?!|!\\?");

    private final SuspicionLexicon lexicon;
    private final LinearModel learned;
    private final LinearModel toxicity;

    /**
     * @param learned trained suspicion model, or null for hand signals only
     * @param toxicity trained toxicity model, or null for the lexicon only
     */
    public SuspicionScorer(SuspicionLexicon lexicon, LinearModel learned, LinearModel toxicity) {
        this.lexicon = lexicon;
        this.learned = learned;
        this.toxicity = toxicity;
    }

    public Suspicion score(Article a) {
        return score(a, null, List.of());
    }

    /**
     * Scores an article with what the pipeline knows beside its text: the source's first sighting
     * ({@value SourceAgeSignal#NAME}) and the reviewed claims it resembles ({@value ClaimSignals#DEBUNKED},
     * {@value ClaimSignals#VERIFIED}). These stay out of the learned model's features: training data has neither.
     *
     * @param source the source's history, or null when unknown
     * @param claims reviewed claims the article resembles, possibly empty
     */
    public Suspicion score(Article a, SourceHistory source, List<ClaimMatch> claims) {
        return score(a, source, claims, List.of());
    }

    /**
     * As {@link #score(Article, SourceHistory, List)}, also weighing how fast a social post spreads ({@value
     * SpreadSpeedSignal#NAME}) from its engagement observations, oldest first.
     */
    public Suspicion score(Article a, SourceHistory source, List<ClaimMatch> claims,
                           List<EngagementObservation> observations) {
        Analysis an = analyse(a);
        List<Signal> signals = new ArrayList<>(an.signals);
        SourceAgeSignal.of(a, source).ifPresent(signals::add);
        SpreadSpeedSignal.of(a, observations).ifPresent(signals::add);
        signals.addAll(ClaimSignals.of(a, claims));
        if (toxicity != null) {
            double p = 1 - probability(toxicity, a, Map.of(), "clean");
            if (p > 0.5) {
                signals.add(new Signal("toxicity-model", round(3.0 * (p - 0.5)),
                        "mô hình nhận diện ngôn từ độc hại: xác suất " + percent(p) + " (huấn luyện trên "
                                + toxicity.trainedOn() + ")"));
            }
        }
        if (learned != null) {
            double p = probability(learned, a, features(an, a), null);
            double logit = Math.log(Math.max(1e-6, p) / Math.max(1e-6, 1 - p));
            double w = Math.max(-4, Math.min(4, logit));
            if (Math.abs(w) >= 0.05) {
                signals.add(new Signal("learned-model", round(w),
                        "mô hình học máy về tin sai sự thật: xác suất " + percent(p) + " (huấn luyện trên "
                                + learned.trainedOn() + ")"));
            }
        }
        double z = BIAS;
        for (Signal s : signals) {
            z += s.weight();
        }
        return new Suspicion(round(1 / (1 + Math.exp(-z))), List.copyOf(signals));
    }

    /** Numeric features of the hand signals and engagement counts, fed to the learned model next to the words. */
    public Map<String, Double> features(Article a) {
        return features(a, EngagementFeatures.COUNTS);
    }

    /** As {@link #features(Article)} with the given engagement features, for training and measuring them. */
    public Map<String, Double> features(Article a, EngagementFeatures engagement) {
        return features(analyse(a), a, engagement);
    }

    private Map<String, Double> features(Analysis an, Article a) {
        // the fullest set: a model weighs only the features it was trained with
        return features(an, a, EngagementFeatures.FULL);
    }

    private Map<String, Double> features(Analysis an, Article a, EngagementFeatures engagement) {
        Map<String, Double> f = new LinkedHashMap<>();
        for (Signal s : an.signals) {
            f.put(s.name(), s.weight());
        }
        f.putAll(engagement.of(a));
        f.put("length", Math.log1p(an.tokens) / 5);
        f.put("has-link", a.fullText().contains("http") || a.fullText().contains("<URL>") ? 1.0 : 0.0);
        return f;
    }

    /** The signals that need no trained model. */
    private record Analysis(List<Signal> signals, int tokens) {
    }

    private Analysis analyse(Article a) {
        List<Signal> out = new ArrayList<>();
        SourceTier tier = a.tier();
        if (tier != null && tier.isLowTier()) {
            out.add(new Signal("source-tier", 1.6, "loại nguồn: " + tier.vietnameseName() + " (" + tier.id() + ")"));
        } else if (tier == SourceTier.LICENSED_EMAGAZINE) {
            out.add(new Signal("source-tier", 0.6, "loại nguồn: " + tier.vietnameseName() + " (" + tier.id() + ")"));
        }
        String title = VietnameseText.nfc(a.title() == null ? "" : a.title());
        String body = VietnameseText.nfc(a.leadAndBody());
        double clickbait = 0;
        double toxic = 0;
        boolean attributed = false;
        Set<String> clickbaitWords = new LinkedHashSet<>();
        Set<String> toxicWords = new LinkedHashSet<>();
        int tokenCount = 0;
        for (String part : new String[] {title, body}) {
            List<Token> tokens = Tokenizer.tokenize(part);
            tokenCount += tokens.size();
            double inTitle = part == title ? 1.5 : 1.0;
            for (PhraseIndex.Match<SuspicionLexicon.Item> m : lexicon.index().findAll(tokens)) {
                SuspicionLexicon.Item item = m.entry().value();
                if (item.weight() == 0 && item.kind() != SuspicionLexicon.Kind.ATTRIBUTION) {
                    continue;
                }
                String written = PhraseIndex.written(part, tokens, m);
                switch (item.kind()) {
                    case CLICKBAIT -> {
                        if (clickbaitWords.add(written.toLowerCase(Locale.ROOT))) {
                            clickbait += item.weight() * inTitle;
                        }
                    }
                    case TOXIC -> {
                        if (toxicWords.add(written.toLowerCase(Locale.ROOT))) {
                            toxic += item.weight();
                        }
                    }
                    case ATTRIBUTION -> attributed = true;
                    default -> {
                    }
                }
            }
        }
        if (clickbait > 0) {
            out.add(new Signal("clickbait-wording", round(Math.min(2.5, 0.8 * clickbait)), String.join(", ", clickbaitWords)));
        }
        String all = title + "\n" + body;
        Matcher caps = CAPS_RUN.matcher(all);
        if (caps.find()) {
            out.add(new Signal("all-caps", 0.8, shorten(caps.group())));
        }
        Matcher bang = EXCLAIM.matcher(all);
        if (bang.find()) {
            out.add(new Signal("exclamation", 0.6, bang.group()));
        }
        if (!attributed && tokenCount >= MIN_TOKENS_FOR_ATTRIBUTION) {
            out.add(new Signal("no-attribution", 0.8, "không nêu nguồn tin, cơ quan hay người phát ngôn"));
        }
        if (a.author() == null || a.author().isBlank()) {
            out.add(new Signal("anonymous-author", 0.3, "không có tác giả"));
        } else if (lexicon.isAnonymousAuthor(a.author())) {
            out.add(new Signal("anonymous-author", 0.5, "tác giả '" + a.author().trim() + "'"));
        }
        if (a.published() == null || "fetched".equals(a.dateSource())) {
            out.add(new Signal("no-date", 0.5, "không có ngày đăng"));
        }
        if (toxic > 0) {
            out.add(new Signal("toxicity", round(Math.min(2.0, 0.8 * toxic)), String.join(", ", toxicWords)));
        }
        return new Analysis(out, tokenCount);
    }

    /** Probability of the model's suspicious label (or 1 - p(cleanLabel) when cleanLabel is given). */
    static double probability(LinearModel model, Article a, Map<String, Double> extras, String cleanLabel) {
        double[] p = model.probabilities(a.title(), a.leadAndBody(), extras);
        if (cleanLabel != null) {
            int k = model.labels().indexOf(cleanLabel);
            return k < 0 ? 0.5 : p[k];
        }
        return p[SuspiciousLabel.indexIn(model.labels())];
    }

    private static String shorten(String s) {
        String oneLine = s.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String percent(double p) {
        return Math.round(p * 100) + "%";
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
