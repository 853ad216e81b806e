package vn.tinradar.ingest.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The local web for {@link ManyFeedsBench}: any number of RSS feeds ({@code /f/N.rss}) and their article pages
 * ({@code /f/N/K.html}), answering on every loopback address, so that {@code 127.1.x.y:port} are as many
 * distinct hosts to the crawler's politeness as there are addresses. Each feed lists 19 items too old to send
 * (dated 40 days back, the crawler skips them without fetching) and {@code generation} fresh ones; its ETag names
 * the generation, so an unchanged feed answers 304. {@code GET /_bench/generation/G} moves every feed to G.
 *
 * <p>Runs in its own JVM ({@link #main}) so the crawler's CPU and memory are measured alone; prints
 * {@code port=N} once it listens.
 */
public final class FeedFarm {

    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME;
    private static final String PARAGRAPH = "<p>Theo báo cáo của UBND xã, trong tuần qua lực lượng chức năng đã phối hợp"
            + " với người dân khơi thông cống rãnh, dọn dẹp đất đá sạt lở trên các tuyến đường liên thôn, bảo đảm"
            + " an toàn giao thông cho học sinh đến trường và bà con đi làm nương rẫy trong mùa mưa.</p>\n";

    private final AtomicInteger generation = new AtomicInteger(1);
    private final AtomicLong requests = new AtomicLong();
    private final Instant now = Instant.now();

    public static void main(String[] args) throws IOException {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        new FeedFarm().start(threads);
    }

    private void start(int threads) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("0.0.0.0", 0), 1024);
        server.setExecutor(Executors.newFixedThreadPool(threads));
        server.createContext("/", this::handle);
        server.start();
        System.out.println("port=" + server.getAddress().getPort());
        System.out.flush();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            requests.incrementAndGet();
            String path = ex.getRequestURI().getPath();
            if (path.startsWith("/_bench/generation/")) {
                generation.set(Integer.parseInt(path.substring("/_bench/generation/".length())));
                send(ex, 200, "text/plain", "generation=" + generation.get() + " requests=" + requests.get());
            } else if (path.matches("/f/\\d+\\.rss")) {
                feed(ex, Integer.parseInt(path.substring(3, path.length() - 4)));
            } else if (path.matches("/f/\\d+/\\d+\\.html")) {
                String[] parts = path.substring(3, path.length() - 5).split("/");
                send(ex, 200, "text/html; charset=utf-8", page(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
            } else {
                send(ex, 404, "text/plain", "không tìm thấy");
            }
        }
    }

    private void feed(HttpExchange ex, int n) throws IOException {
        int g = generation.get();
        String etag = "\"" + n + "-" + g + "\"";
        if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            ex.sendResponseHeaders(304, -1);
            return;
        }
        StringBuilder items = new StringBuilder();
        for (int k = g; k >= 1; k--) {
            items.append(item(n, k, now.minusSeconds(600L * (g - k + 1))));
        }
        for (int k = 0; k > -19; k--) {
            items.append(item(n, k + 1000, now.minusSeconds(86400L * 40 + 3600L * -k)));
        }
        ex.getResponseHeaders().set("ETag", etag);
        send(ex, 200, "application/rss+xml; charset=utf-8", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\"><channel><title>Báo điện tử số " + n + "</title><link>/</link>"
                + "<description>Tin tức Lào Cai</description><language>vi</language>\n" + items + "</channel></rss>");
    }

    private static String item(int n, int k, Instant published) {
        return "<item><title><![CDATA[Xã " + n + " khơi thông tuyến đường liên thôn sau mưa lớn (bài " + k + ")]]></title>"
                + "<link>/f/" + n + "/" + k + ".html?utm_source=rss</link>"
                + "<description><![CDATA[<img src=\"/anh/" + n + "-" + k + ".jpg\"/> Lực lượng chức năng xã " + n
                + " cùng người dân dọn đất đá, bảo đảm giao thông thông suốt.]]></description>"
                + "<pubDate>" + RFC_822.format(ZonedDateTime.ofInstant(published, ZoneOffset.ofHours(7))) + "</pubDate>"
                + "</item>\n";
    }

    private static String page(int n, int k) {
        String title = "Xã " + n + " khơi thông tuyến đường liên thôn sau mưa lớn (bài " + k + ")";
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + title + " - Báo điện tử</title>"
                + "<meta property=\"og:title\" content=\"" + title + "\"></head><body>\n"
                + "<header><nav><a href=\"/\">Trang chủ</a> <a href=\"/thoi-su\">Thời sự</a> <a href=\"/kinh-te\">Kinh tế</a>"
                + " <a href=\"/xa-hoi\">Xã hội</a> <a href=\"/van-hoa\">Văn hóa</a></nav></header>\n"
                + "<article><h1>" + title + "</h1><div class=\"date\">Thứ bảy, 21/11/2026, 16:40 (GMT+7)</div>\n"
                + "<div class=\"sapo\">Sau trận mưa lớn kéo dài, xã " + n + " huy động hơn 200 lượt người khơi thông"
                + " tuyến đường liên thôn bị đất đá vùi lấp.</div>\n"
                + PARAGRAPH.repeat(8) + "</article>\n"
                + "<div class=\"tin-lien-quan\"><h3>Tin liên quan</h3><ul>"
                + "<li><a href=\"/f/" + n + "/1.html\">Bài liên quan về giao thông nông thôn</a></li>"
                + "<li><a href=\"/f/" + n + "/2.html\">Bài liên quan về phòng chống thiên tai</a></li></ul></div>\n"
                + "<footer>Báo điện tử - Giấy phép số 123/GP-BTTTT</footer></body></html>";
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
