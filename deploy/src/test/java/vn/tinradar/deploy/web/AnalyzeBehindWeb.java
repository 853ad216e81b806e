package vn.tinradar.deploy.web;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Properties;
import vn.tinradar.analyze.AnalyzeService;
import vn.tinradar.analyze.config.AnalyzeConfig;
import vn.tinradar.analyze.score.DefaultArticleScorer;
import vn.tinradar.common.config.ConfigDocument;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ArticleIds;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.test.TestBroker;

/**
 * A real analyze service with the product's scorer on a test broker, and the dashboard's web server in front of it
 * once started: what the Trends tab's route and browser tests read.
 */
final class AnalyzeBehindWeb implements AutoCloseable {

    final AnalyzeService analyze;
    WebFixture web;

    /** Builds the service with {@code settings} (analyze YAML) over the defaults; nothing runs before {@link #start}. */
    AnalyzeBehindWeb(TestBroker broker, Topics topics, Path dataDir, String settings) throws Exception {
        Properties kafka = new Properties();
        kafka.put("bootstrap.servers", broker.bootstrapServers());
        AnalyzeConfig config = AnalyzeConfig.from(ConfigDocument.parse("test-settings.yaml", settings)
                .overlay(ConfigDocument.loadResource(AnalyzeConfig.DEFAULTS_RESOURCE)));
        analyze = new AnalyzeService(config, topics, kafka, dataDir, DefaultArticleScorer.load(null),
                new SimpleMeterRegistry());
    }

    /** Starts the topology, then the web server; articles sent before this are read from the start. */
    AnalyzeBehindWeb start() throws Exception {
        analyze.start();
        web = new WebFixture("", new Backends(null, analyze, null));
        return this;
    }

    /** A report of the provincial paper, as the crawler sends a page it read. */
    static Article provincialReport(String url, String title, String text, OffsetDateTime published) {
        return new Article(Article.VERSION, ArticleIds.fromCanonicalUrl(url), url, "baolaocai", "Báo Lào Cai",
                SourceTier.PROVINCIAL_PRESS, title, null, text, null, null, null, "vi", published, null, "page",
                published.toInstant(), ArticleIds.contentHash(title, text), null, true);
    }

    @Override
    public void close() throws Exception {
        if (web != null) {
            web.close();
        }
        analyze.close();
    }
}
