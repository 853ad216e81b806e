package vn.tinradar.deploy.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web site of one demo source on its own loopback port: robots.txt, the feed (or list page), article pages
 * and images. An article exists only once the clock has passed its shifted publication time: before that it
 * is missing from the feed and its page answers 404, as on the real web.
 */
final class SourceSite implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SourceSite.class);
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] IMAGE = placeholderImage();

    private final DemoSource source;
    private final Clock clock;
    private final List<SiteArticle> newestFirst = new ArrayList<>();
    private final Map<String, SiteArticle> byPath = new HashMap<>();
    private final Map<String, DemoChange> changes = new HashMap<>();
    private final HttpServer server;
    private final ExecutorService workers;
    private final String base;
    private final FeedRenderer feeds;
    private final PageRenderer pages;
    private final TelegramRenderer telegram;

    /** {@code preferredPort} 0 = any free port; otherwise that port if it is free, else any free port. */
    SourceSite(DemoSource source, List<DemoArticle> articles, List<DemoChange> changes, Clock clock,
               Instant startedAt, int preferredPort) {
        this(source, articles, changes, clock, startedAt, preferredPort, key -> null);
    }

    /** @param urlOfKey any demo article's address by its "source/slug" (a forward links to its original), or null */
    SourceSite(DemoSource source, List<DemoArticle> articles, List<DemoChange> changes, Clock clock,
               Instant startedAt, int preferredPort, Function<String, String> urlOfKey) {
        this.source = source;
        changes.forEach(c -> this.changes.put(c.article(), c));
        this.clock = clock;
        server = bind(source, preferredPort);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        feeds = new FeedRenderer(source, base);
        pages = new PageRenderer(source, base);
        telegram = source.feed().equals("telegram") ? new TelegramRenderer(source, urlOfKey) : null;
        long number = 100_000L + Math.floorMod(source.id().hashCode(), 800) * 1_000L;
        List<DemoArticle> chronological = articles.stream()
                .sorted(Comparator.comparingLong(DemoArticle::offsetSeconds)).toList();
        for (DemoArticle a : chronological) {
            number += 1 + Math.floorMod(a.slug().hashCode(), 7);
            String path = source.urlPattern().replace("{section}", PageRenderer.sectionSlug(a.section()))
                    .replace("{slug}", a.slug()).replace("{id}", Long.toString(number));
            SiteArticle item = new SiteArticle(a, number, path, base + path, startedAt.plusSeconds(a.offsetSeconds()));
            newestFirst.add(0, item);
            byPath.put(path, item);
        }
        workers = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "demo-site-" + source.id());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        server.createContext("/", this::handle);
    }

    private static HttpServer bind(DemoSource source, int preferredPort) {
        if (preferredPort > 0) {
            try {
                return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), preferredPort), 0);
            } catch (IOException e) {
                LOG.info("demo source port taken source={} port={} fallback=ephemeral", source.id(), preferredPort);
            }
        }
        try {
            return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a loopback port for demo source " + source.id(), e);
        }
    }

    void start() {
        server.start();
        LOG.info("demo source started source={} url={} articles={}", source.id(), base, byPath.size());
    }

    String base() {
        return base;
    }

    int port() {
        return server.getAddress().getPort();
    }

    DemoSource source() {
        return source;
    }

    /** The address of this site's article with the key "source/slug", or null when it has none. */
    String urlOf(String key) {
        return newestFirst.stream().filter(s -> s.article().key().equals(key)).map(SiteArticle::url).findFirst()
                .orElse(null);
    }

    SiteArticle find(DemoArticle article) {
        return newestFirst.stream().filter(s -> s.article().equals(article)).findFirst().orElseThrow();
    }

    /** What the site shows at this moment, newest first: as edited since, and without what it took down. */
    List<SiteArticle> visible() {
        Instant now = clock.instant();
        return newestFirst.stream().map(s -> shown(s, now)).filter(java.util.Objects::nonNull).toList();
    }

    /** The article as the site shows it at {@code now}: null before it is published or once it is taken down. */
    private SiteArticle shown(SiteArticle item, Instant now) {
        if (item.published().isAfter(now)) {
            return null;
        }
        DemoChange change = changes.get(item.article().key());
        if (change == null || item.published().plusSeconds(change.afterSeconds()).isAfter(now)) {
            return item;
        }
        return change.removed() ? null
                : new SiteArticle(change.applyTo(item.article()), item.number(), item.path(), item.url(), item.published());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                serve(exchange);
            } catch (RuntimeException e) {
                // a bug in one page must cost that request only, never the worker thread
                LOG.warn("demo source failed source={} path={} error={}", source.id(), exchange.getRequestURI(), e.toString());
                if (exchange.getResponseCode() == -1) {
                    send(exchange, 500, "text/plain; charset=UTF-8", "internal error".getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
            send(exchange, 405, "text/plain; charset=UTF-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String key = withoutTracking(exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery());
        if (key.equals("/robots.txt")) {
            send(exchange, 200, "text/plain; charset=UTF-8", robots().getBytes(StandardCharsets.UTF_8));
        } else if (key.equals(source.feedPath()) || key.equals("/")) {
            serveFeed(exchange, key.equals("/") && !source.feed().equals("list"));
        } else if (telegram != null) {
            serveTelegramMessage(exchange, key);
        } else if (key.startsWith("/media/")) {
            send(exchange, 200, "image/jpeg", IMAGE);
        } else {
            SiteArticle stored = byPath.get(key);
            SiteArticle item = stored == null ? null : shown(stored, clock.instant());
            if (item == null) {
                send(exchange, 404, "text/html; charset=UTF-8", ("<!DOCTYPE html><html><body><h1>404</h1>"
                        + "<p>Không tìm thấy trang bạn yêu cầu.</p></body></html>").getBytes(StandardCharsets.UTF_8));
                return;
            }
            List<SiteArticle> related = visible().stream().filter(s -> !s.path().equals(item.path())).limit(3).toList();
            String html = pages.render(item, related);
            if (source.nfdPages()) {
                html = Normalizer.normalize(html, Normalizer.Form.NFD);
            }
            send(exchange, 200, "text/html; charset=" + source.charset(), LegacyEncoding.encode(html, source.charset()));
        }
    }

    /** A message's embed page (the message, or "Post not found" once deleted) or its plain address (the channel). */
    private void serveTelegramMessage(HttpExchange exchange, String key) throws IOException {
        boolean embed = key.endsWith("?embed=1");
        SiteArticle stored = byPath.get(embed ? key.substring(0, key.length() - "?embed=1".length()) : key);
        if (stored == null || stored.published().isAfter(clock.instant())) {
            send(exchange, 404, "text/html; charset=UTF-8", telegram.channelPage().getBytes(StandardCharsets.UTF_8));
            return;
        }
        SiteArticle item = shown(stored, clock.instant());
        String html = !embed ? telegram.channelPage() : item == null ? telegram.deleted() : telegram.embed(item, clock.instant());
        send(exchange, 200, "text/html; charset=UTF-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private void serveFeed(HttpExchange exchange, boolean homeAsList) throws IOException {
        List<SiteArticle> visible = visible();
        if (telegram != null) {
            // t.me sends no Last-Modified: the views under each message change while its list does not
            send(exchange, 200, "text/html; charset=UTF-8",
                    telegram.preview(visible, clock.instant()).getBytes(StandardCharsets.UTF_8));
            return;
        }
        Instant newest = visible.isEmpty() ? Instant.EPOCH : visible.get(0).published();
        String lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(newest.atZone(ZoneOffset.UTC));
        exchange.getResponseHeaders().set("Last-Modified", lastModified);
        if (notModifiedSince(exchange.getRequestHeaders().getFirst("If-Modified-Since"), newest)) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        String body = homeAsList ? new FeedRenderer(withListFeed(), base).render(visible, clock.instant())
                : feeds.render(visible, clock.instant());
        byte[] bytes = LegacyEncoding.encode(body, source.charset());
        if (source.feedBom() && !homeAsList) {
            byte[] withBom = new byte[bytes.length + UTF8_BOM.length];
            System.arraycopy(UTF8_BOM, 0, withBom, 0, UTF8_BOM.length);
            System.arraycopy(bytes, 0, withBom, UTF8_BOM.length, bytes.length);
            bytes = withBom;
        }
        send(exchange, 200, homeAsList ? "text/html; charset=" + source.charset() : feeds.contentType(), bytes);
    }

    private DemoSource withListFeed() {
        DemoSource s = source;
        return new DemoSource(s.id(), s.name(), s.host(), s.tier(), s.provinceOnly(), "list", "/", s.layout(),
                s.urlPattern(), s.pageDate(), "dmy-hm", s.charset(), false, false, s.nfdPages(), s.crawlDelaySeconds(),
                false, s.charsetInHeaderOnly(), s.jsonLd());
    }

    private static boolean notModifiedSince(String header, Instant newest) {
        if (header == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(header, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !newest.isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private String robots() {
        StringBuilder sb = new StringBuilder("User-agent: *\nAllow: /\nDisallow: /admin/\n");
        if (source.crawlDelaySeconds() > 0) {
            sb.append("Crawl-delay: ").append(source.crawlDelaySeconds()).append('\n');
        }
        if (source.feed().equals("sitemap")) {
            sb.append("Sitemap: ").append(base).append(source.feedPath()).append('\n');
        }
        return sb.toString();
    }

    // feeds of some sources add ?utm_source=...; the page behind the link is the same article
    static String withoutTracking(String path, String query) {
        if (query == null) {
            return path;
        }
        List<String> kept = new ArrayList<>();
        for (String part : query.split("&")) {
            if (!part.isEmpty() && !part.startsWith("utm_")) {
                kept.add(part);
            }
        }
        return kept.isEmpty() ? path : path + "?" + String.join("&", kept);
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] placeholderImage() {
        BufferedImage image = new BufferedImage(64, 36, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(70, 110, 90));
        g.fillRect(0, 0, 64, 36);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
