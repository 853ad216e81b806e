package vn.tinradar.ingest.fuzz;

import static vn.tinradar.ingest.fuzz.Responses.ascii;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import vn.tinradar.ingest.source.FeedKind;

/**
 * Generates hostile feeds, sitemaps and pages, one family of attack per index (round robin), each varied by a
 * seeded random so a run can be repeated exactly: malformed XML, entity expansion and external entities,
 * huge attributes and texts, deep nesting, wrong and mixed encodings, binary, bodies of tens of megabytes,
 * gzip bombs, slow-drip servers, broken HTTP, redirect loops and redirects to internal addresses.
 */
final class HostileCorpus {

    private static final String RSS = "application/rss+xml; charset=utf-8";
    private static final String XML = "application/xml";
    private static final String HTML = "text/html; charset=utf-8";
    /** Shared across cases: compressing 60 MB takes a moment, and it is the same bomb every time. */
    private static volatile byte[] gzipBomb;

    private final HostileServer server;
    private final long seed;
    private final int dripDelayMs;
    private final int shrink;
    private final List<Family> families;

    /** One attack; {@code build} fills the case's routes and returns its entry path. */
    private record Family(String name, FeedKind kind, BiFunction<Random, Builder, String> build) {
    }

    /** The routes of the case under construction, under its own path prefix. */
    final class Builder {
        final String prefix;
        final Map<String, HostileServer.Responder> routes = new HashMap<>();
        final java.util.Set<String> forbidden = new java.util.HashSet<>();

        Builder(int index) {
            this.prefix = "/c/" + index + "/";
        }

        String path(String name) {
            return prefix + name;
        }

        String url(String name) {
            return server.url(path(name));
        }

        /** A path on this server, reached through another name; nothing may ever fetch it. */
        String secret(String host) {
            String path = path("noi-bo-" + forbidden.size());
            forbidden.add(path);
            routes.put(path, Responses.ok("text/plain", ascii("ma-bi-mat")));
            return "http://" + host + ":" + server.port() + path;
        }

        String serve(String name, HostileServer.Responder responder) {
            routes.put(path(name), responder);
            return path(name);
        }

        /** A well-formed feed with one item whose page is the hostile {@code page}. */
        String pageBehindFeed(HostileServer.Responder page) {
            serve("bai.html", page);
            return serve("rss.xml", Responses.ok(RSS, rss(item(null, url("bai.html"), null)).getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** @param shrink divides every size (1 = full size; the suite's quick pass uses 10) */
    HostileCorpus(HostileServer server, long seed, int dripDelayMs, int shrink) {
        this.server = server;
        this.seed = seed;
        this.dripDelayMs = dripDelayMs;
        this.shrink = shrink;
        this.families = families();
    }

    int familyCount() {
        return families.size();
    }

    String familyOf(int index) {
        return families.get(index % families.size()).name;
    }

    HostileCase build(int index) {
        Family family = families.get(index % families.size());
        Random random = new Random(seed * 1_000_003L + index);
        Builder b = new Builder(index);
        String entry = family.build.apply(random, b);
        return new HostileCase(index, family.name, family.kind, entry, Map.copyOf(b.routes), Set.copyOf(b.forbidden));
    }

    /** A size between {@code base} and {@code base + spread}, shrunk for the quick pass. */
    private int size(Random r, int base, int spread) {
        return (base + r.nextInt(spread)) / shrink;
    }

    private long megabytes(int n) {
        return n * 1024L * 1024 / shrink;
    }

    // ---- documents

    static String item(String title, String link, String description) {
        return "<item>" + (title == null ? "" : "<title>" + title + "</title>") + "<link>" + link + "</link>"
                + (description == null ? "" : "<description>" + description + "</description>")
                + "<pubDate>Sun, 22 Nov 2026 08:15:00 +0700</pubDate></item>";
    }

    static String rss(String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Báo Lào Cai</title>"
                + "<link>https://baolaocai.vn</link>" + items + "</channel></rss>";
    }

    private static String validFeed(Random r, Builder b, int items) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items; i++) {
            sb.append(item("Sạt lở đất ở xã Bát Xát số " + r.nextInt(1000), b.url("bai-" + i + ".html"),
                    "Mưa lớn kéo dài &amp; sạt lở"));
        }
        return rss(sb.toString());
    }

    private static String page(String body) {
        return "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Tin Lào Cai</title></head><body>"
                + "<h1>Lào Cai khai trương tuyến xe buýt mới</h1>" + body + "</body></html>";
    }

    private static String repeat(String unit, int times) {
        return unit.repeat(Math.max(0, times));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes(Random r, int size) {
        byte[] bytes = new byte[size];
        r.nextBytes(bytes);
        return bytes;
    }

    private static String billionLaughs(String root) {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE " + root + " [<!ENTITY lol \"lol\">");
        String previous = "lol";
        for (int level = 1; level <= 10; level++) {
            String name = "lol" + level;
            dtd.append("<!ENTITY ").append(name).append(" \"").append(("&" + previous + ";").repeat(10)).append("\">");
            previous = name;
        }
        return dtd.append("]>").toString();
    }

    private byte[] bomb() {
        byte[] b = gzipBomb;
        if (b == null) {
            b = Responses.gzipOfRepeated(utf8("<item><title>x</title></item>"), 60L * 1024 * 1024);
            gzipBomb = b;
        }
        return b;
    }

    private List<Family> families() {
        return List.of(
                // --- malformed and hostile XML feeds
                new Family("truncated-feed", FeedKind.RSS, (r, b) -> {
                    String feed = validFeed(r, b, 5 + r.nextInt(20));
                    return b.serve("rss.xml", Responses.ok(RSS, utf8(feed.substring(0, r.nextInt(feed.length())))));
                }),
                new Family("tag-soup", FeedKind.RSS, (r, b) -> {
                    String[] bits = {"<", ">", "&", "]]>", "<![CDATA[", "<item>", "</item>", "<link>", "</channel>",
                        "&#", ";", "\"", "<!--", "-->", "<?", "?>", "<!DOCTYPE", "[", "]", "Lào Cai ", "\u0000", "&amp"};
                    StringBuilder sb = new StringBuilder("<rss version=\"2.0\"><channel>");
                    for (int i = 0, n = size(r, 1_000, 50_000); i < n; i++) {
                        sb.append(bits[r.nextInt(bits.length)]);
                    }
                    return b.serve("rss.xml", Responses.ok(RSS, utf8(sb.toString())));
                }),
                new Family("billion-laughs", FeedKind.RSS, (r, b) -> b.serve("rss.xml", Responses.ok(RSS, utf8(
                        billionLaughs("rss") + rss(item("&lol10;", b.url("bai.html"), "&lol9;")).substring(38))))),
                new Family("external-entity", FeedKind.RSS, (r, b) -> {
                    String target = switch (r.nextInt(3)) {
                        case 0 -> "file:///etc/passwd";
                        case 1 -> "http://169.254.169.254/latest/meta-data/";
                        default -> b.secret("localhost");
                    };
                    String doc = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + target + "\">"
                            + "<!ENTITY % p SYSTEM \"" + target + "\"> %p;]>"
                            + rss(item("&xxe;", b.url("bai.html"), "&xxe;")).substring(38);
                    return b.serve("rss.xml", Responses.ok(RSS, utf8(doc)));
                }),
                new Family("huge-attribute", FeedKind.RSS, (r, b) -> b.serve("rss.xml", Responses.ok(RSS, utf8(
                        "<rss version=\"2.0\" data-x=\"" + repeat("A", size(r, 1_000_000, 3_000_000)) + "\"><channel>"
                                + item("Tin", b.url("bai.html"), null) + "</channel></rss>")))),
                new Family("deep-nesting-feed", FeedKind.RSS, (r, b) -> {
                    int depth = size(r, 10_000, 90_000);
                    return b.serve("rss.xml", Responses.ok(RSS, utf8("<rss version=\"2.0\"><channel><item><link>"
                            + b.url("bai.html") + "</link><description>" + repeat("<a>", depth) + "x"
                            + repeat("</a>", depth) + "</description></item></channel></rss>")));
                }),
                new Family("wrong-encoding-feed", FeedKind.RSS, (r, b) -> {
                    String feed = validFeed(r, b, 3);
                    byte[] body = switch (r.nextInt(4)) {
                        case 0 -> feed.getBytes(StandardCharsets.UTF_16LE);
                        case 1 -> feed.replace("UTF-8", "UTF-16").getBytes(StandardCharsets.UTF_8);
                        case 2 -> mixed(feed);
                        default -> feed.replace("UTF-8", "x-no-such-charset").getBytes(StandardCharsets.ISO_8859_1);
                    };
                    String type = r.nextBoolean() ? RSS : "application/rss+xml; charset=utf-32";
                    return b.serve("rss.xml", Responses.ok(type, body));
                }),
                new Family("binary-feed", FeedKind.RSS, (r, b) -> b.serve("rss.xml",
                        Responses.ok(r.nextBoolean() ? RSS : "", randomBytes(r, size(r, 1_000, 1_000_000))))),
                new Family("unclosed-image-tags", FeedKind.RSS, (r, b) -> b.serve("rss.xml", Responses.ok(RSS, utf8(
                        rss(item("Ảnh", b.url("bai.html"), repeat("&lt;img ", size(r, 20_000, 80_000)))))))),
                new Family("unclosed-cdata", FeedKind.RSS, (r, b) -> b.serve("rss.xml", Responses.ok(RSS, utf8(
                        rss(item("A & B", b.url("bai.html"), null)).replace("</channel>",
                                repeat("<![CDATA[", size(r, 10_000, 40_000)) + "</channel>"))))),
                new Family("doctype-bracket-run", FeedKind.RSS, (r, b) -> b.serve("rss.xml", Responses.ok(RSS, utf8(
                        repeat("<!DOCTYPE [", size(r, 10_000, 20_000)) + rss(item("A & B", b.url("bai.html"), null)))))),
                new Family("hundred-thousand-items", FeedKind.RSS, (r, b) -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0, n = size(r, 20_000, 80_000); i < n; i++) {
                        sb.append("<item><link>").append(b.url("b" + i)).append("</link></item>");
                    }
                    return b.serve("rss.xml", Responses.ok(RSS, utf8(rss(sb.toString()))));
                }),
                new Family("control-characters", FeedKind.RSS, (r, b) -> b.serve("rss.xml", Responses.ok(RSS, utf8(rss(
                        item("Tin\u0000\u0001\u001f &#0; &#xD800; &#99999999999; &#x110000; &nosuch; &", b.url("bai.html"),
                                "\uFFFE\uFFFF" + repeat("\u0008", r.nextInt(10_000)))))))),
                new Family("huge-text", FeedKind.RSS, (r, b) -> b.serve("rss.xml", Responses.ok(RSS, utf8(rss(
                        item(repeat("Lào Cai ", size(r, 500_000, 1_000_000)), b.url("bai.html"), null)))))),
                new Family("gzip-bomb-feed", FeedKind.RSS, (r, b) -> b.serve("rss.xml", Responses.gzipped(RSS, bomb()))),
                new Family("fifty-megabyte-feed", FeedKind.RSS, (r, b) -> b.serve("rss.xml", Responses.endless(RSS,
                        utf8("<rss version=\"2.0\"><channel>"), utf8("<item><title>x</title></item>"), megabytes(50)))),
                new Family("declared-huge-length", FeedKind.RSS, (r, b) -> b.serve("rss.xml", Responses.raw(ascii(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 52428800\r\n\r\n<rss>")))),
                new Family("links-to-internal-addresses", FeedKind.RSS, (r, b) -> {
                    String[] links = {"http://169.254.169.254/latest/meta-data/", b.secret("localhost"),
                        b.secret("[::1]"), b.secret("127.1"), b.secret("0.0.0.0"), "http://10.0.0.1/",
                        "http://[64:ff9b::7f00:1]/", "http://198.18.0.1/", "file:///etc/passwd", "javascript:alert(1)",
                        "gopher://127.0.0.1:25/"};
                    StringBuilder sb = new StringBuilder();
                    for (String link : links) {
                        sb.append(item(null, link.replace("&", "&amp;"), null));
                    }
                    return b.serve("rss.xml", Responses.ok(RSS, utf8(rss(sb.toString()))));
                }),
                // --- sitemaps
                new Family("truncated-sitemap", FeedKind.SITEMAP, (r, b) -> {
                    String map = sitemap(b, 10 + r.nextInt(100));
                    return b.serve("sitemap.xml", Responses.ok(XML, utf8(map.substring(0, r.nextInt(map.length())))));
                }),
                new Family("billion-laughs-sitemap", FeedKind.SITEMAP, (r, b) -> b.serve("sitemap.xml", Responses.ok(XML,
                        utf8(billionLaughs("urlset") + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                                + "<url><loc>" + b.url("a.html") + "?&lol10;</loc></url></urlset>")))),
                new Family("external-entity-sitemap", FeedKind.SITEMAP, (r, b) -> b.serve("sitemap.xml", Responses.ok(XML,
                        utf8("<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY xxe SYSTEM \"" + b.secret("localhost")
                                + "\">]><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>"
                                + b.url("a.html") + "?&xxe;</loc></url></urlset>")))),
                new Family("sitemap-index-loop", FeedKind.SITEMAP, (r, b) -> b.serve("sitemap.xml", Responses.ok(XML,
                        utf8("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                                + "<sitemap><loc>" + b.url("sitemap.xml") + "</loc></sitemap>"
                                + "<sitemap><loc>http://169.254.169.254/sitemap.xml</loc></sitemap>"
                                + "<sitemap><loc>" + b.secret("localhost") + "</loc></sitemap>"
                                + "<sitemap><loc>" + b.url("sitemap.xml") + "?lap=2</loc></sitemap></sitemapindex>")))),
                new Family("huge-sitemap-locs", FeedKind.SITEMAP, (r, b) -> {
                    StringBuilder sb = new StringBuilder("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
                    for (int i = 0, n = 1 + r.nextInt(20); i < n; i++) {
                        sb.append("<url><loc>").append(b.url("a" + i)).append("?q=").append(repeat("x", size(r, 200_000, 1)))
                                .append("</loc><lastmod>").append(repeat("9", size(r, 10_000, 1))).append("</lastmod></url>");
                    }
                    return b.serve("sitemap.xml", Responses.ok(XML, utf8(sb.append("</urlset>").toString())));
                }),
                new Family("binary-sitemap", FeedKind.SITEMAP, (r, b) -> b.serve("sitemap.xml",
                        r.nextBoolean() ? Responses.gzipped(XML, bomb()) : Responses.ok(XML, randomBytes(r, size(r, 10_000, 500_000))))),
                // --- hostile article pages behind a plain feed
                new Family("deep-nesting-page", FeedKind.RSS, (r, b) -> {
                    int depth = size(r, 20_000, 200_000);
                    return b.pageBehindFeed(Responses.ok(HTML, utf8(page(repeat("<div class=\"related\">", depth)
                            + "<p>Nội dung bài viết về Lào Cai đủ dài để được giữ lại.</p>" + repeat("</div>", depth)))));
                }),
                new Family("unclosed-tag-soup-page", FeedKind.RSS, (r, b) -> {
                    String[] tags = {"<p>", "<div>", "<table>", "<td>", "<li>", "<a href=x>", "<b>", "<form>", "<h2>",
                        "<br>", "Lào Cai ", "<span class=tin-lien-quan>", "<script>", "<!--", "<![CDATA[", "&"};
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0, n = size(r, 10_000, 150_000); i < n; i++) {
                        sb.append(tags[r.nextInt(tags.length)]);
                    }
                    return b.pageBehindFeed(Responses.ok(HTML, utf8(page(sb.toString()))));
                }),
                new Family("huge-class-attributes", FeedKind.RSS, (r, b) -> b.pageBehindFeed(Responses.ok(HTML, utf8(page(
                        repeat("<div class=\"" + repeat("related-", size(r, 20_000, 1)) + "\" id=\"" + repeat("x", size(r, 50_000, 1))
                                + "\"><p>Đoạn văn bản về tình hình kinh tế xã hội của tỉnh Lào Cai.</p></div>", 5 + r.nextInt(40))))))),
                new Family("blank-runs-and-breaks", FeedKind.RSS, (r, b) -> b.pageBehindFeed(Responses.ok(HTML, utf8(page(
                        "<div><p>" + repeat(" ", size(r, 100_000, 400_000)) + "x" + repeat("<br> ", size(r, 20_000, 1)) + "</p></div>"))))),
                new Family("capitals-byline", FeedKind.RSS, (r, b) -> b.pageBehindFeed(Responses.ok(HTML, utf8(page(
                        "<article><p>Đoạn văn bản đầu tiên đủ dài về tình hình Lào Cai hôm nay.</p><p>"
                                + repeat("Ạ", size(r, 1_000, 50_000)) + "!</p></article>"))))),
                new Family("hostile-date-fields", FeedKind.RSS, (r, b) -> {
                    String junk = "1 tháng 2" + repeat(" ", size(r, 200_000, 800_000)) + "x";
                    return b.pageBehindFeed(Responses.ok(HTML, utf8(page(
                            "<meta property=\"article:published_time\" content=\"" + junk + "\"><time datetime=\"" + junk
                                    + "\">" + junk + "</time><p>Nội dung bài viết về Lào Cai đủ dài.</p>"))));
                }),
                new Family("hostile-json-ld", FeedKind.RSS, (r, b) -> {
                    int depth = size(r, 10_000, 100_000);
                    String ld = r.nextBoolean() ? repeat("[", depth) + repeat("]", depth)
                            : "{\"@type\":\"NewsArticle\",\"headline\":\"" + repeat("\\u00e0", size(r, 500_000, 1)) + "\",\"datePublished\":\""
                            + repeat("9", size(r, 100_000, 1)) + "\"}";
                    return b.pageBehindFeed(Responses.ok(HTML, utf8(page("<script type=\"application/ld+json\">" + ld
                            + "</script><p>Nội dung bài viết về Lào Cai đủ dài.</p>"))));
                }),
                new Family("binary-page", FeedKind.RSS, (r, b) -> b.pageBehindFeed(
                        Responses.ok(r.nextBoolean() ? HTML : "", randomBytes(r, size(r, 1_000, 2_000_000))))),
                new Family("wrong-encoding-page", FeedKind.RSS, (r, b) -> {
                    String html = page("<p>Tỉnh Lào Cai đón hơn một triệu lượt khách du lịch trong năm nay.</p>");
                    byte[] body = r.nextBoolean() ? html.getBytes(StandardCharsets.UTF_16BE) : mixed(html);
                    return b.pageBehindFeed(Responses.ok(r.nextBoolean() ? HTML : "text/html; charset=bogus", body));
                }),
                new Family("fifty-megabyte-page", FeedKind.RSS, (r, b) -> b.pageBehindFeed(Responses.endless(HTML,
                        utf8("<html><body>"), utf8("<div><p>Lào Cai</p></div>"), megabytes(50)))),
                new Family("page-is-a-feed-or-image", FeedKind.RSS, (r, b) -> b.pageBehindFeed(r.nextBoolean()
                        ? Responses.ok(HTML, utf8(validFeed(r, b, 2))) : Responses.ok("image/jpeg", randomBytes(r, 5_000)))),
                // --- misbehaving servers
                new Family("slow-drip", FeedKind.RSS, (r, b) -> {
                    byte[] feed = utf8(validFeed(r, b, 3));
                    return r.nextBoolean() ? b.serve("rss.xml", Responses.drip(RSS, feed, dripDelayMs))
                            : b.pageBehindFeed(Responses.drip(HTML, utf8(page("<p>Tin chậm</p>")), dripDelayMs));
                }),
                new Family("redirect-loop", FeedKind.RSS, (r, b) -> {
                    b.serve("vong-2.xml", Responses.redirect(302, b.url("vong-3.xml")));
                    b.serve("vong-3.xml", Responses.redirect(301, b.path("rss.xml")));
                    return b.serve("rss.xml", Responses.redirect(307, b.url("vong-2.xml")));
                }),
                new Family("redirect-chain", FeedKind.RSS, (r, b) -> {
                    int hops = 6 + r.nextInt(20);
                    for (int i = 1; i < hops; i++) {
                        b.serve("hop-" + i, Responses.redirect(302, b.url("hop-" + (i + 1))));
                    }
                    b.serve("hop-" + hops, Responses.ok(RSS, utf8(validFeed(r, b, 1))));
                    return b.serve("rss.xml", Responses.redirect(302, b.url("hop-1")));
                }),
                new Family("redirect-to-internal-address", FeedKind.RSS, (r, b) -> {
                    String[] targets = {"http://169.254.169.254/latest/meta-data/", b.secret("localhost"),
                        b.secret("[::1]"), b.secret("127.1"), b.secret("0.0.0.0"), b.secret("[::ffff:127.0.0.1]"),
                        "http://10.0.0.1/", "http://192.168.1.1/", "http://100.64.0.1/", "http://198.18.0.1/",
                        "http://[fd00::1]/", "http://[64:ff9b::a9fe:a9fe]/", "http://[2002:7f00:1::]/",
                        "http://240.0.0.1/", "http://255.255.255.255/", "http://192.0.0.1/"};
                    String target = targets[r.nextInt(targets.length)];
                    boolean viaPage = r.nextBoolean();
                    return viaPage ? b.pageBehindFeed(Responses.redirect(302, target))
                            : b.serve("rss.xml", Responses.redirect(301, target));
                }),
                new Family("broken-http", FeedKind.RSS, (r, b) -> {
                    byte[] body = switch (r.nextInt(8)) {
                        case 0 -> ascii("SSH-2.0-OpenSSH\r\n\r\n");
                        case 1 -> ascii("HTTP/1.1 abc OK\r\n\r\n");
                        case 2 -> ascii("HTTP/1.1 200 OK\r\n" + repeat("X-A: b\r\n", 100_000) + "\r\n");
                        case 3 -> ascii("HTTP/1.1 200 OK\r\nX-Long: " + repeat("a", 1_000_000) + "\r\n\r\n");
                        case 4 -> ascii("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n");
                        case 5 -> ascii("HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n<rss>");
                        case 6 -> ascii("HTTP/1.1 503 Busy\r\nRetry-After: 99999999999\r\nContent-Length: 0\r\n\r\n");
                        default -> new byte[0];
                    };
                    return b.serve("rss.xml", Responses.raw(body));
                }),
                new Family("bad-redirect-location", FeedKind.RSS, (r, b) -> {
                    String[] bad = {"http://[::1", "javascript:alert(1)", "file:///etc/passwd", "//", "http://",
                        "http://a b/", "ftp://127.0.0.1/", repeat("a", 100_000), "\u0000"};
                    return b.serve("rss.xml", Responses.redirect(302, bad[r.nextInt(bad.length)]));
                }));
    }

    private static String sitemap(Builder b, int urls) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (int i = 0; i < urls; i++) {
            sb.append("<url><loc>").append(b.url("bai-" + i + ".html")).append("</loc><lastmod>2026-11-22</lastmod></url>");
        }
        return sb.append("</urlset>").toString();
    }

    /** Half UTF-8, half windows-1258: the page a CMS migration left behind. */
    private static byte[] mixed(String text) {
        int half = text.length() / 2;
        byte[] a = text.substring(0, half).getBytes(StandardCharsets.UTF_8);
        byte[] c = text.substring(half).getBytes(java.nio.charset.Charset.forName("windows-1258"));
        byte[] out = new byte[a.length + c.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(c, 0, out, a.length, c.length);
        return out;
    }
}
