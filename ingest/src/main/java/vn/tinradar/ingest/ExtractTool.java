package vn.tinradar.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.core.JsonProcessingException;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.ingest.config.IngestConfig;
import vn.tinradar.ingest.extract.ArticleExtractor;
import vn.tinradar.ingest.extract.ExtractedPage;
import vn.tinradar.ingest.feeds.FeedItem;
import vn.tinradar.ingest.feeds.FeedParseException;
import vn.tinradar.ingest.feeds.FeedParser;
import vn.tinradar.ingest.social.ForumThread;
import vn.tinradar.ingest.social.SocialItem;
import vn.tinradar.ingest.social.SocialListing;
import vn.tinradar.ingest.social.TelegramPreview;
import vn.tinradar.ingest.social.YouTubeFeed;
import vn.tinradar.ingest.feeds.ParsedFeed;
import vn.tinradar.ingest.feeds.UnusableItem;
import vn.tinradar.ingest.fetch.FetchRequest;
import vn.tinradar.ingest.fetch.FetchResult;
import vn.tinradar.ingest.fetch.Fetcher;
import vn.tinradar.ingest.metrics.IngestMetrics;
import vn.tinradar.ingest.source.Selectors;
import vn.tinradar.ingest.text.ContentDecoder;

/**
 * The {@code extract} command: fetches a URL (with the crawler's own {@link Fetcher}) or reads a file, decides
 * whether it is a feed, a sitemap or an article page, and prints what ingest would make of it as JSON lines
 * ({@code kind}: feed-item, sitemap-entry, article; or error). For trying a new source before adding it.
 */
public final class ExtractTool {

    private ExtractTool() {
    }

    /** Marks a YouTube channel or playlist feed, read as posts rather than items with pages behind them. */
    private static final String YOUTUBE_NAMESPACE = "http://www.youtube.com/xml/schemas/2015";
    /** Marks a Telegram channel's web preview. */
    private static final String TELEGRAM_MESSAGE = "tgme_widget_message";

    /** @return 0 when something was extracted, 1 for bad input (reason on stderr and as a {@code kind: error} line) */
    public static int run(String urlOrFile, PrintStream out) {
        try {
            Input input = read(urlOrFile);
            String text = ContentDecoder.decode(input.body, input.contentType).text();
            if (text.contains(YOUTUBE_NAMESPACE)) {
                printPosts(YouTubeFeed.parse(text), out);
            } else if (text.contains(TELEGRAM_MESSAGE)) {
                printPosts(TelegramPreview.parse(text, input.url), out);
            } else if (ForumThread.isThreadPage(text, input.url)) {
                printPosts(ForumThread.parse(text, input.url), out);
            } else if (FeedParser.isFeedOrSitemap(text)) {
                printFeed(FeedParser.parse(input.body, input.contentType, input.url), out);
            } else if (FeedParser.isHtml(text)) {
                String html = text;
                printArticle(ArticleExtractor.extract(html, input.url, Selectors.NONE), out);
            } else {
                return fail(out, urlOrFile + " is neither a feed, a sitemap nor an HTML page");
            }
            out.flush();
            return 0;
        } catch (BadInput e) {
            return fail(out, e.getMessage());
        } catch (FeedParseException e) {
            return fail(out, e.getMessage());
        }
    }

    private record Input(String url, String contentType, byte[] body) {
    }

    private static final class BadInput extends Exception {
        BadInput(String message) {
            super(message);
        }
    }

    private static Input read(String urlOrFile) throws BadInput {
        if (urlOrFile == null || urlOrFile.isBlank()) {
            throw new BadInput("no URL or file given");
        }
        if (urlOrFile.startsWith("http://") || urlOrFile.startsWith("https://")) {
            IngestConfig config = IngestConfig.defaults();
            Fetcher fetcher = new Fetcher(config, IngestMetrics.noop(), Clock.systemUTC());
            // the operator typed this address: local test servers are fair game, unlike addresses from feeds
            FetchResult r = fetcher.fetch(new FetchRequest(urlOrFile, null, config.maxFeedBytes(), null, null, true));
            if (!r.ok()) {
                throw new BadInput("cannot fetch " + urlOrFile + ": " + r.outcome().tag()
                        + (r.detail() == null ? "" : " (" + r.detail() + ")"));
            }
            return new Input(r.finalUrl(), r.contentType(), r.body());
        }
        Path file = Path.of(urlOrFile);
        if (!Files.isRegularFile(file)) {
            throw new BadInput("no such file " + urlOrFile);
        }
        try {
            return new Input(file.toAbsolutePath().toUri().toString(), null, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new BadInput("cannot read " + urlOrFile + ": " + e.getMessage());
        }
    }

    /** One {@code social-post} line per post, then an error line per entry that could not be one. */
    private static void printPosts(SocialListing listing, PrintStream out) {
        for (SocialItem post : listing.posts()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("kind", "social-post");
            line.put("url", post.url());
            line.put("title", post.title());
            line.put("text", post.text());
            line.put("published", post.published());
            line.put("post", post.post());
            line.put("engagement", post.engagement());
            print(line, out);
        }
        printSkipped(listing.skipped(), "post skipped: ", out);
    }

    private static void printFeed(ParsedFeed feed, PrintStream out) {
        String kind = feed.format().startsWith("sitemap") ? "sitemap-entry" : "feed-item";
        for (String child : feed.childSitemaps()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("kind", "sitemap-entry");
            line.put("url", child);
            line.put("sitemap", true);
            print(line, out);
        }
        for (FeedItem item : feed.items()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("kind", kind);
            line.put("url", item.url());
            line.put("title", item.title());
            line.put("published", item.published());
            line.put("updated", item.updated());
            line.put("author", item.author());
            line.put("section", item.section());
            line.put("summary", item.summary());
            line.put("image", item.image());
            line.put("language", item.language());
            print(line, out);
        }
        // after the items, so a reader scanning the output sees what was found first, then what was not
        printSkipped(feed.unusable(), "feed item skipped: ", out);
    }

    /** An error line per entry left out, with why, its link and title as written. */
    private static void printSkipped(List<UnusableItem> skipped, String what, PrintStream out) {
        for (UnusableItem item : skipped) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("kind", "error");
            line.put("reason", what + item.reason());
            line.put("link", item.link());
            line.put("title", item.title());
            print(line, out);
        }
    }

    private static void printArticle(ExtractedPage page, PrintStream out) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", "article");
        line.put("url", page.canonicalUrl());
        line.put("title", page.title());
        line.put("alternateTitles", page.alternateTitles().isEmpty() ? null : page.alternateTitles());
        line.put("published", page.published());
        line.put("dateSource", page.dateSource());
        line.put("updated", page.updated());
        line.put("author", page.author());
        line.put("section", page.section());
        line.put("summary", page.summary());
        line.put("text", page.text());
        line.put("image", page.image());
        line.put("language", page.language());
        line.put("engagement", page.engagement());
        print(line, out);
    }

    private static int fail(PrintStream out, String reason) {
        System.err.println("extract: " + reason);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", "error");
        line.put("reason", reason);
        print(line, out);
        out.flush();
        return 1;
    }

    private static void print(Map<String, Object> line, PrintStream out) {
        line.values().removeIf(v -> v == null);
        try {
            out.println(Json.mapper().writeValueAsString(line));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain maps of strings and dates always serialise", e);
        }
    }

    /** UTF-8 output whatever the platform's default, for {@code main}-style callers. */
    public static PrintStream utf8Stdout() {
        return new PrintStream(System.out, true, StandardCharsets.UTF_8);
    }
}
