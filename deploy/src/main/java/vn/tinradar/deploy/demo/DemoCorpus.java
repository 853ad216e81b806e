package vn.tinradar.deploy.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tinradar.common.kafka.Json;

/**
 * The bundled demo corpus: invented sources ({@code demo/corpus/sources.json}) and articles
 * ({@code demo/corpus/articles.jsonl}), all fiction written for the demo, timed relative to {@link #ANCHOR}.
 */
public final class DemoCorpus {

    /** Corpus time zero: the end of the story timeline, which the demo site moves to its start time. */
    public static final Instant ANCHOR = Instant.parse("2026-11-22T01:00:00Z");

    static final String SOURCES_RESOURCE = "/demo/corpus/sources.json";
    static final String ARTICLES_RESOURCE = "/demo/corpus/articles.jsonl";
    static final String CHANGES_RESOURCE = "/demo/corpus/changes.json";

    private final List<DemoSource> sources;
    private final List<DemoArticle> articles;
    private final List<DemoChange> changes;

    public DemoCorpus(List<DemoSource> sources, List<DemoArticle> articles) {
        this(sources, articles, List.of());
    }

    public DemoCorpus(List<DemoSource> sources, List<DemoArticle> articles, List<DemoChange> changes) {
        this.sources = List.copyOf(sources);
        this.articles = List.copyOf(articles);
        this.changes = List.copyOf(changes);
        check();
    }

    /** Reads the corpus bundled on the classpath. */
    public static DemoCorpus bundled() {
        ObjectMapper json = Json.mapper();
        try (InputStream sourcesIn = open(SOURCES_RESOURCE); InputStream articlesIn = open(ARTICLES_RESOURCE)) {
            List<DemoSource> sources = json.readValue(sourcesIn, new TypeReference<List<DemoSource>>() { });
            List<DemoArticle> articles = new ArrayList<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(articlesIn, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    articles.add(json.readValue(line, DemoArticle.class));
                } catch (IOException e) {
                    throw new IllegalStateException(ARTICLES_RESOURCE + " line " + lineNo + ": " + e.getMessage(), e);
                }
            }
            List<DemoChange> changes;
            try (InputStream changesIn = open(CHANGES_RESOURCE)) {
                changes = json.readValue(changesIn, new TypeReference<List<DemoChange>>() { });
            }
            return new DemoCorpus(sources, articles, changes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled demo corpus", e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = DemoCorpus.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("demo corpus resource " + resource + " is missing from the classpath");
        }
        return in;
    }

    public List<DemoSource> sources() {
        return sources;
    }

    public List<DemoArticle> articles() {
        return articles;
    }

    public List<DemoArticle> articlesOf(String sourceId) {
        return articles.stream().filter(a -> a.source().equals(sourceId)).toList();
    }

    /** What the source's site does to its articles after publishing them. */
    public List<DemoChange> changesOf(String sourceId) {
        return changes.stream().filter(c -> c.article().startsWith(sourceId + "/")).toList();
    }

    public List<DemoChange> changes() {
        return changes;
    }

    public Map<String, DemoSource> sourcesById() {
        return sources.stream().collect(Collectors.toMap(DemoSource::id, Function.identity()));
    }

    public Instant corpusTime(DemoArticle article) {
        return ANCHOR.plusSeconds(article.offsetSeconds());
    }

    // a corpus that names an unknown source or repeats a slug would serve broken links: refuse it at load
    private void check() {
        Set<String> ids = sources.stream().map(DemoSource::id).collect(Collectors.toSet());
        Set<String> keys = new HashSet<>();
        for (DemoArticle a : articles) {
            if (!ids.contains(a.source())) {
                throw new IllegalStateException("demo article " + a.slug() + " names unknown source '" + a.source() + "'");
            }
            if (!keys.add(a.key())) {
                throw new IllegalStateException("demo article slug repeated: " + a.key());
            }
        }
        for (DemoChange c : changes) {
            if (!keys.contains(c.article())) {
                throw new IllegalStateException(CHANGES_RESOURCE + ": change names unknown article '" + c.article() + "'");
            }
            if (c.removed() == (c.title() != null || c.lead() != null)) {
                throw new IllegalStateException(CHANGES_RESOURCE + ": change of '" + c.article()
                        + "' must either remove the article or give a new title or lead");
            }
        }
    }
}
