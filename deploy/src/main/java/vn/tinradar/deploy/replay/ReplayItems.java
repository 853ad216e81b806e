package vn.tinradar.deploy.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import vn.tinradar.analyze.training.ArticleLines;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ArticleIds;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.ingest.feeds.FeedItem;
import vn.tinradar.ingest.feeds.FeedParseException;
import vn.tinradar.ingest.feeds.FeedParser;
import vn.tinradar.ingest.feeds.ParsedFeed;

/**
 * The items a replay pushes, read from a JSON-lines dump (the {@code score} input format) or a folder of saved
 * RSS/Atom files, oldest first. An item the replay cannot place on its clock (no date) or read is kept out and
 * listed with the reason, never dropped silently.
 */
public final class ReplayItems {

    /** What was read: the articles in publication order, and one line per item left out. */
    public record Loaded(List<Article> articles, List<String> rejected) {
    }

    private ReplayItems() {
    }

    /**
     * @param defaultTier the tier of items whose line names none (a national dump is national press)
     */
    public static Loaded load(Path input, SourceTier defaultTier) {
        List<String> rejected = new ArrayList<>();
        // the same item saved in two snapshots of a feed, or listed twice in a dump, is one article
        Map<String, Article> byId = new LinkedHashMap<>();
        if (Files.isDirectory(input)) {
            for (Path file : feedFiles(input)) {
                readFeed(file, defaultTier, byId, rejected);
            }
        } else {
            readLines(input, defaultTier, byId, rejected);
        }
        List<Article> articles = new ArrayList<>(byId.values());
        articles.sort(Comparator.comparing((Article a) -> a.published().toInstant()).thenComparing(Article::id));
        return new Loaded(List.copyOf(articles), List.copyOf(rejected));
    }

    private static void readLines(Path file, SourceTier defaultTier, Map<String, Article> byId,
                                  List<String> rejected) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String where = file.getFileName() + " line " + n;
                try {
                    JsonNode node = Json.mapper().readTree(line);
                    keep(completed(ArticleLines.toArticle(node), defaultTier), where, byId, rejected);
                } catch (IOException | IllegalArgumentException e) {
                    rejected.add(where + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void readFeed(Path file, SourceTier defaultTier, Map<String, Article> byId,
                                 List<String> rejected) {
        ParsedFeed feed;
        try {
            feed = FeedParser.parse(Files.readAllBytes(file), null, null);
        } catch (FeedParseException e) {
            rejected.add(file.getFileName() + ": not a readable feed: " + e.getMessage());
            return;
        } catch (IOException e) {
            rejected.add(file.getFileName() + ": " + e.getMessage());
            return;
        }
        int n = 0;
        for (FeedItem item : feed.items()) {
            n++;
            String where = file.getFileName() + " item " + n;
            if (item.url() == null) {
                rejected.add(where + ": no link");
                continue;
            }
            String host = host(item.url());
            Article a = new Article(Article.VERSION, ArticleIds.fromCanonicalUrl(item.url()), item.url(), host, host, defaultTier,
                    item.title(), item.summary(), item.summary(), item.author(), item.section(), item.image(),
                    item.language() == null ? "vi" : item.language(), item.published(), item.updated(), "feed",
                    item.published() == null ? null : item.published().toInstant(),
                    ArticleIds.contentHash(item.title(), item.summary()), null, false);
            keep(a, where, byId, rejected);
        }
    }

    private static void keep(Article a, String where, Map<String, Article> byId, List<String> rejected) {
        if (a.published() == null) {
            rejected.add(where + ": no publication date, so no place on the replay's clock (" + a.id() + ")");
            return;
        }
        byId.putIfAbsent(a.id(), a);
    }

    /** A dump line has no fetch time and often no source id: fetched at publication, source from the link. */
    private static Article completed(Article a, SourceTier defaultTier) {
        String source = a.sourceId() != null && !a.sourceId().isBlank() ? a.sourceId() : host(a.url());
        SourceTier tier = a.tier() != null ? a.tier() : defaultTier;
        OffsetDateTime published = a.published();
        return new Article(a.v(), a.id(), a.url(), source, a.sourceName() != null ? a.sourceName() : source, tier,
                a.title(), a.summary(), a.text(), a.author(), a.section(), a.image(), a.language(), published,
                a.updated(), a.dateSource(), published == null ? a.fetchedAt() : published.toInstant(),
                a.contentHash() != null ? a.contentHash() : ArticleIds.contentHash(a.title(), a.text()),
                a.engagement(), a.provinceSource(), a.post());
    }

    static String host(String url) {
        if (url == null) {
            return "unknown";
        }
        try {
            String host = URI.create(url.trim()).getHost();
            if (host == null) {
                return "unknown";
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return "unknown";
        }
    }

    private static List<Path> feedFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("(?i).*\\.(xml|rss|atom)"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
