package vn.tinradar.analyze.score;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.analyze.score.gazetteer.Gazetteer;
import vn.tinradar.analyze.score.model.LinearModel;
import vn.tinradar.analyze.score.model.LinearModelFile;
import vn.tinradar.analyze.score.model.TopicModel;
import vn.tinradar.analyze.score.relevance.RelevanceJudge;
import vn.tinradar.analyze.score.ngram.NgramTopicModel;
import vn.tinradar.analyze.score.sentiment.LexiconSentimentScorer;
import vn.tinradar.analyze.score.sentiment.SentimentCombiner;
import vn.tinradar.analyze.score.sentiment.SentimentLexicon;
import vn.tinradar.analyze.score.suspicion.SuspicionLexicon;
import vn.tinradar.analyze.score.suspicion.SuspicionScorer;
import vn.tinradar.analyze.score.topic.KeywordTopicScorer;
import vn.tinradar.analyze.score.topic.TopicCombiner;
import vn.tinradar.analyze.score.topic.TopicTaxonomy;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.event.Relevance;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Sentiment;
import vn.tinradar.common.event.TopicScore;
import vn.tinradar.common.province.Province;
import vn.tinradar.common.province.Provinces;

/**
 * The product's scorer: places from the gazetteer and whether they make the article about the province
 * ({@link RelevanceJudge}), topics from the taxonomy's keyword rules, tone from the
 * sentiment lexicon and suspicion from hand-written signals, each refined by a trained model when the models
 * directory or the classpath ({@code score/models/}) holds one.
 *
 * <p>A models directory may contain {@code topic.model.gz} or {@code topic.lm.gz} (n-gram language models,
 * preferred when both are there), {@code sentiment.model.gz},
 * {@code suspicion.model.gz}, {@code toxicity.model.gz} (written by {@code train}) and may override the
 * bundled {@code gazetteer.tsv}, {@code topic-taxonomy.tsv}, {@code sentiment-lexicon.tsv} and
 * {@code suspicion-lexicon.tsv}. Everything is loaded once; {@link #score} keeps no state and is safe to call
 * from many threads.
 */
public final class DefaultArticleScorer implements ArticleScorer {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultArticleScorer.class);
    /** Where the product's default models live on the classpath (trained by {@code train}, see docs/quality.md). */
    static final String BUNDLED_MODELS = "/score/models/";

    private final Gazetteer gazetteer;
    private final TopicCombiner topics;
    private final SentimentCombiner sentiment;
    private final SuspicionScorer suspicion;
    private final Clock clock;
    private final RelevanceJudge relevanceJudge = new RelevanceJudge();

    public DefaultArticleScorer(Gazetteer gazetteer, TopicCombiner topics, SentimentCombiner sentiment,
            SuspicionScorer suspicion, Clock clock) {
        this.gazetteer = gazetteer;
        this.topics = topics;
        this.sentiment = sentiment;
        this.suspicion = suspicion;
        this.clock = clock;
    }

    /**
     * Loads the scorer from a models directory, falling back to the bundled resources for anything it lacks.
     *
     * @param modelsDir directory written by {@code train}, or null for the bundled defaults only
     * @throws IllegalArgumentException when the directory does not exist or a file in it is malformed
     */
    public static DefaultArticleScorer load(Path modelsDir) {
        return load(modelsDir, Provinces.defaultProvince());
    }

    /**
     * Loads the scorer for a province: its bundled gazetteer (or the models directory's {@code gazetteer.tsv})
     * decides which places are found and so which articles are relevant.
     *
     * @param modelsDir directory written by {@code train}, or null for the bundled defaults only
     * @throws IllegalArgumentException when the directory does not exist or a file in it is malformed
     */
    public static DefaultArticleScorer load(Path modelsDir, Province province) {
        if (modelsDir != null && !Files.isDirectory(modelsDir)) {
            throw new IllegalArgumentException("models directory " + modelsDir + " does not exist");
        }
        Gazetteer gazetteer = resource(modelsDir, "gazetteer.tsv", f -> Gazetteer.load(f, province),
                () -> Gazetteer.forProvince(province));
        TopicTaxonomy taxonomy = resource(modelsDir, "topic-taxonomy.tsv", TopicTaxonomy::load, TopicTaxonomy::loadDefault);
        SentimentLexicon sentimentLexicon = resource(modelsDir, "sentiment-lexicon.tsv", SentimentLexicon::load,
                SentimentLexicon::loadDefault);
        SuspicionLexicon suspicionLexicon = resource(modelsDir, "suspicion-lexicon.tsv", SuspicionLexicon::load,
                SuspicionLexicon::loadDefault);
        return new DefaultArticleScorer(gazetteer,
                new TopicCombiner(new KeywordTopicScorer(taxonomy), topicModel(modelsDir)),
                new SentimentCombiner(new LexiconSentimentScorer(sentimentLexicon), model(modelsDir, "sentiment")),
                new SuspicionScorer(suspicionLexicon, model(modelsDir, "suspicion"), model(modelsDir, "toxicity")),
                Clock.systemUTC());
    }

    /** The file name {@code train} writes and {@link #load} reads for a task. */
    public static String modelFileName(String task) {
        return task + ".model.gz";
    }

    @Override
    public ScoredArticle score(Article article) {
        return score(article, ScoringContext.NONE);
    }

    @Override
    public ScoredArticle score(Article article, ScoringContext context) {
        Gazetteer.Reading reading = gazetteer.read(article.fullText());
        Relevance relevance = relevanceJudge.judge(article, reading);
        List<PlaceTag> places = reading.places();
        String body = article.leadAndBody();
        List<TopicScore> topicScores = topics.score(article.title(), body);
        Sentiment tone = sentiment.score(article.title(), body);
        return new ScoredArticle(ScoredArticle.VERSION, article, relevance.relevant(), places, topicScores, tone,
                suspicion.score(article, context.source(), context.claims(), context.observations()), null, null,
                clock.instant(), relevance, context.observations().isEmpty() ? null : context.observations());
    }


    private static <T> T resource(Path dir, String name, Function<Path, T> fromFile, Supplier<T> bundled) {
        if (dir != null && Files.isRegularFile(dir.resolve(name))) {
            LOG.info("event=score-resource-loaded file={}", dir.resolve(name));
            return fromFile.apply(dir.resolve(name));
        }
        return bundled.get();
    }

    /** The file {@code train --model lm} writes for the topic task; preferred to the linear one when present. */
    public static final String TOPIC_LM_FILE = "topic.lm.gz";

    /** The n-gram topic model when the models directory or the classpath has one, else the linear one, else none. */
    private static TopicModel topicModel(Path dir) {
        try {
            if (dir != null && Files.isRegularFile(dir.resolve(TOPIC_LM_FILE))) {
                NgramTopicModel m = NgramTopicModel.load(dir.resolve(TOPIC_LM_FILE));
                LOG.info("event=score-model-loaded task=topic kind=ngram labels={} file={}", m.labels().size(),
                        dir.resolve(TOPIC_LM_FILE));
                return m;
            }
            try (InputStream in = DefaultArticleScorer.class.getResourceAsStream(BUNDLED_MODELS + TOPIC_LM_FILE)) {
                if (in != null) {
                    NgramTopicModel m = NgramTopicModel.load(in, BUNDLED_MODELS + TOPIC_LM_FILE);
                    LOG.info("event=score-model-loaded task=topic kind=ngram labels={} file=bundled:{}",
                            m.labels().size(), TOPIC_LM_FILE);
                    return m;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load topic model " + TOPIC_LM_FILE + ": " + e.getMessage(), e);
        }
        return model(dir, "topic");
    }

    /** The trained model of a task: from the models directory when it has one, else the bundled one, else none. */
    private static LinearModel model(Path dir, String task) {
        String name = modelFileName(task);
        try {
            if (dir != null && Files.isRegularFile(dir.resolve(name))) {
                LinearModel m = LinearModelFile.load(dir.resolve(name));
                LOG.info("event=score-model-loaded task={} labels={} file={}", task, m.labels().size(), dir.resolve(name));
                return m;
            }
            try (InputStream in = DefaultArticleScorer.class.getResourceAsStream(BUNDLED_MODELS + name)) {
                if (in == null) {
                    return null;
                }
                LinearModel m = LinearModelFile.load(in, BUNDLED_MODELS + name);
                LOG.info("event=score-model-loaded task={} labels={} file=bundled:{}", task, m.labels().size(), name);
                return m;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + task + " model " + name + ": " + e.getMessage(), e);
        }
    }
}
