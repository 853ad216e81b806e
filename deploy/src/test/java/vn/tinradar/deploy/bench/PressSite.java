package vn.tinradar.deploy.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One local newspaper for the benches: an RSS feed of its newest items at {@code /rss} and each item's page at
 * {@code /bai/<slug>.html} (JSON-LD headline and date, an {@code <article>} with title, lead and paragraphs). Items
 * are published while it runs; the first time a page is served is noted: that is when the crawler fetched it.
 */
final class PressSite implements AutoCloseable {

    /** One item as the site serves it; {@code published} is also its date in the feed and on the page. */
    record Item(String slug, String title, String lead, List<String> paragraphs, Instant published) {
    }

    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME;
    private static final int FEED_ITEMS = 200;

    private final String id;
    private final String name;
    private final HttpServer server;
    private final List<Item> items = new CopyOnWriteArrayList<>();
    private final Map<String, Item> bySlug = new ConcurrentHashMap<>();
    private final Map<String, Instant> firstServed;

    /** @param firstServed where the first serve time of every page goes, by slug (shared by all sites) */
    PressSite(String id, String name, Map<String, Instant> firstServed) {
        this(id, name, firstServed, Executors.newFixedThreadPool(2, named("press-site-" + id)));
    }

    /** @param executor the threads that answer; many sites share one pool (its threads named {@code press-site-*}) */
    PressSite(String id, String name, Map<String, Instant> firstServed, ExecutorService executor) {
        this.id = id;
        this.name = name;
        this.firstServed = firstServed;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind a local press site", e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String id() {
        return id;
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void publish(Item item) {
        bySlug.put(item.slug(), item);
        items.add(item);
    }

    /** This site's entry in the sources registry (ingest's YAML format), a paper of the watched province. */
    String sourceYaml(int minPollSeconds, int maxPollSeconds) {
        return sourceYaml(minPollSeconds, maxPollSeconds, true);
    }

    /** @param provinceOnly false for a paper elsewhere: analyze's relevance filter decides what is about the province */
    String sourceYaml(int minPollSeconds, int maxPollSeconds, boolean provinceOnly) {
        return "  - id: " + id + "\n"
                + "    name: \"" + name + "\"\n"
                + "    home: " + base() + "\n"
                + "    tier: provincial-press\n"
                + "    province-only: " + provinceOnly + "\n"
                + "    allow-private-network: true\n"
                + "    poll: {min-interval-seconds: " + minPollSeconds + ", max-interval-seconds: " + maxPollSeconds
                + "}\n"
                + "    feeds:\n      - {url: \"" + base() + "/rss\", kind: rss}\n";
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        if (path.equals("/rss")) {
            send(ex, "application/rss+xml; charset=utf-8", feed());
        } else if (path.startsWith("/bai/") && path.endsWith(".html")) {
            String slug = path.substring("/bai/".length(), path.length() - ".html".length());
            Item item = bySlug.get(slug);
            if (item == null) {
                ex.sendResponseHeaders(404, -1);
                ex.close();
                return;
            }
            firstServed.putIfAbsent(slug, Instant.now());
            send(ex, "text/html; charset=utf-8", page(item));
        } else if (path.equals("/robots.txt")) {
            send(ex, "text/plain", "User-agent: *\nAllow: /\n");
        } else {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        }
    }

    private String feed() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>" + escape(name) + "</title><link>" + base() + "/</link><language>vi</language>\n");
        List<Item> snapshot = List.copyOf(items);
        for (int i = snapshot.size() - 1; i >= Math.max(0, snapshot.size() - FEED_ITEMS); i--) {
            Item item = snapshot.get(i);
            sb.append("<item><title>").append(escape(item.title())).append("</title><link>").append(base())
                    .append("/bai/").append(item.slug()).append(".html</link><description>")
                    .append(escape(item.lead())).append("</description><pubDate>")
                    .append(RFC_822.format(item.published().atOffset(ZoneOffset.ofHours(7))))
                    .append("</pubDate></item>\n");
        }
        return sb.append("</channel></rss>").toString();
    }

    private String page(Item item) {
        String date = item.published().atOffset(ZoneOffset.ofHours(7)).toString();
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(item.title())).append(" - ").append(escape(name)).append("</title>")
                .append("<meta property=\"og:title\" content=\"").append(escape(item.title())).append("\">")
                .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",")
                .append("\"@type\":\"NewsArticle\",\"headline\":\"").append(jsonText(item.title()))
                .append("\",\"datePublished\":\"").append(date).append("\"}</script></head><body>\n")
                .append("<header><nav><a href=\"/\">Trang chủ</a> <a href=\"/thoi-su\">Thời sự</a>")
                .append(" <a href=\"/xa-hoi\">Xã hội</a></nav></header>\n<article><h1>").append(escape(item.title()))
                .append("</h1>\n<div class=\"sapo\">").append(escape(item.lead())).append("</div>\n");
        item.paragraphs().forEach(p -> sb.append("<p>").append(escape(p)).append("</p>\n"));
        return sb.append("</article>\n<footer>").append(escape(name)).append("</footer></body></html>").toString();
    }

    /** Threads named {@code prefix-N}: the benches tell the sites' CPU from the product's by the name. */
    static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static void send(HttpExchange ex, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String jsonText(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\u003c");
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }
}
