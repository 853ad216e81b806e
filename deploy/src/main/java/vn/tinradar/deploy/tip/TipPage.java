package vn.tinradar.deploy.tip;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.ingest.extract.ArticleExtractor;
import vn.tinradar.ingest.extract.ExtractedPage;
import vn.tinradar.ingest.feeds.FeedParser;
import vn.tinradar.ingest.fetch.FetchOutcome;
import vn.tinradar.ingest.fetch.FetchRequest;
import vn.tinradar.ingest.fetch.FetchResult;
import vn.tinradar.ingest.fetch.Fetcher;
import vn.tinradar.ingest.source.Selectors;
import vn.tinradar.ingest.text.ContentDecoder;

/**
 * Reads the page a tip's URL points at through the crawler's own {@link Fetcher}: its address guard, robots.txt,
 * timeouts, content types and the page size cap all apply. A tip URL is staff input: only the sites given here
 * (host and port: the demo's and tests' own) may be private, so not the dashboard's own port beside them; an address
 * inside the network is refused outright ({@link IllegalArgumentException}, 400), every other failure is a
 * Vietnamese sentence the tip keeps.
 */
public final class TipPage {

    private static final Logger LOG = LoggerFactory.getLogger(TipPage.class);

    /** The page's text, or why there is none ({@code error} set, the rest null). */
    record Read(String url, String title, String lead, String body, OffsetDateTime published, String error) {

        boolean ok() {
            return error == null;
        }
    }

    private final Fetcher fetcher;
    private final long maxBytes;
    private final Set<String> privateSites;

    /**
     * @param maxBytes the page size cap ({@code ingest.max-page-bytes})
     * @param privateSites sites ({@code host:port}, lower case) that may resolve to private addresses; empty in
     *     production
     */
    public TipPage(Fetcher fetcher, long maxBytes, Set<String> privateSites) {
        this.fetcher = fetcher;
        this.maxBytes = maxBytes;
        this.privateSites = Set.copyOf(privateSites);
    }

    /** The {@code host:port} of an http(s) URL, the port spelt out when it is the scheme's, or null. */
    public static String site(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI u = URI.create(url);
            if (u.getHost() == null) {
                return null;
            }
            int port = u.getPort() >= 0 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
            return u.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    Read read(String url) {
        boolean mayBePrivate = privateSites.contains(site(url));
        FetchResult r = fetcher.fetch(new FetchRequest(url, null, maxBytes, null, null, mayBePrivate));
        LOG.info("event=tip_fetch outcome={} status={} url={}", r.outcome().tag(), r.status(), url);
        if (r.outcome() == FetchOutcome.BLOCKED_ADDRESS) {
            throw new IllegalArgumentException("Trường 'url': " + url + " trỏ tới địa chỉ nội bộ hoặc dành riêng ("
                    + r.detail() + "); TinRadar không tải địa chỉ trong mạng nội bộ");
        }
        if (!r.ok()) {
            return failed(url, why(r));
        }
        String html = ContentDecoder.decode(r.body(), r.contentType()).text();
        if (!FeedParser.isHtml(html)) {
            return failed(url, "nội dung không phải trang web (" + r.contentType() + ")");
        }
        ExtractedPage page = ArticleExtractor.extract(html, r.finalUrl(), Selectors.NONE);
        if (page.title() == null || page.title().isBlank()) {
            return failed(url, "trang không có tiêu đề bài viết đọc được");
        }
        return new Read(r.finalUrl(), page.title(), page.summary(), page.text(), page.published(), null);
    }

    private static Read failed(String url, String why) {
        return new Read(url, null, null, null, null, "Không tải được " + url + ": " + why);
    }

    /** The cause in words staff understand, with the figure that matters (status, cap, reason). */
    private String why(FetchResult r) {
        return switch (r.outcome()) {
            case GONE -> "trang không còn (HTTP " + r.status() + ")";
            case BLOCKED_BY_ROBOTS -> "trang không cho phép máy thu thập (robots.txt)";
            case TOO_LARGE -> "trang lớn hơn giới hạn " + maxBytes / 1024 + " KB";
            case UNSUPPORTED_TYPE -> "nội dung không phải trang web (" + r.detail() + ")";
            case TIMEOUT -> "máy chủ không trả lời kịp (" + r.detail() + ")";
            case REDIRECT -> "chuyển hướng quá nhiều lần hoặc vòng lặp (" + r.detail() + ")";
            case HTTP_ERROR, THROTTLED -> "máy chủ trả lỗi HTTP " + r.status();
            default -> "không kết nối được (" + r.detail() + ")";
        };
    }
}
