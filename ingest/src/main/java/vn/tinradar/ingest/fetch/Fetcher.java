package vn.tinradar.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import javax.net.ssl.SSLSocketFactory;
import vn.tinradar.ingest.config.IngestConfig;
import vn.tinradar.ingest.robots.RobotsCache;

/**
 * Fetches one URL politely and safely: SSRF guard, robots.txt, per-host turns, conditional GET, bounded
 * redirects, gzip/deflate, size cap while streaming, content-type check, retries with exponential backoff
 * and jitter on 5xx/429 (Retry-After honoured). Every failure comes back as a {@link FetchOutcome}; no
 * exception leaves {@link #fetch}.
 *
 * <p>Each hop's host is resolved once by {@link AddressGuard} and the connection goes to that checked address
 * ({@link PinnedHttp}), so DNS rebinding cannot slip an internal address in; redirects are checked again hop
 * by hop, and a source's permission to reach private addresses covers only its own hosts.
 */
public final class Fetcher {

    private static final long ROBOTS_MAX_BYTES = 512 * 1024;

    private final IngestConfig config;
    private final AddressGuard guard;
    private final PinnedHttp http;
    private final HostPoliteness politeness;
    private final RobotsCache robots;
    private final FetchListener listener;

    public Fetcher(IngestConfig config, FetchListener listener, Clock clock) {
        this(config, listener, clock, AddressGuard.HostResolver.SYSTEM);
    }

    /** With a chosen name resolver: tests play a DNS that answers differently the second time. */
    Fetcher(IngestConfig config, FetchListener listener, Clock clock, AddressGuard.HostResolver resolver) {
        this.config = config;
        this.listener = listener;
        this.guard = new AddressGuard(resolver);
        this.http = new PinnedHttp(config.connectTimeoutMs(), (SSLSocketFactory) SSLSocketFactory.getDefault());
        this.politeness = new HostPoliteness(config.globalConcurrency(), config.perHostConcurrency(),
                config.perHostMinIntervalMs(), listener::politenessWait);
        this.robots = new RobotsCache(config.robotName(), Duration.ofMinutes(config.robotsCacheMinutes()),
                this::loadRobots, clock);
    }

    public FetchResult fetch(FetchRequest request) {
        Instant start = Instant.now();
        FetchResult result;
        try {
            result = follow(request, start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result = FetchResult.failed(FetchOutcome.ERROR, request.url(), 0, "interrupted", start);
        } catch (RuntimeException e) {
            // a bug or an unexpected library failure must not escape into the crawl loop
            result = FetchResult.failed(FetchOutcome.ERROR, request.url(), 0, e.toString(), start);
        }
        listener.transferred(result.elapsed(), result.body().length);
        return result;
    }

    private FetchResult follow(FetchRequest request, Instant start) throws InterruptedException {
        String url = request.url();
        Set<String> visited = new HashSet<>();
        for (int hop = 0; ; hop++) {
            URI uri;
            try {
                uri = URI.create(url);
            } catch (IllegalArgumentException e) {
                return FetchResult.failed(FetchOutcome.ERROR, url, 0, "malformed URL", start);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return FetchResult.failed(FetchOutcome.ERROR, url, 0, "not an http(s) URL", start);
            }
            AddressGuard.Decision decision = guard.decide(uri.getHost(), request.mayReachPrivately(uri.getHost()));
            if (decision.unresolvable()) {
                return FetchResult.failed(FetchOutcome.ERROR, url, 0, decision.refusal(), start);
            }
            if (!decision.allowed()) {
                return FetchResult.failed(FetchOutcome.BLOCKED_ADDRESS, url, 0, decision.refusal(), start);
            }
            BaseRobotRules rules = robots.rules(uri, decision.address());
            if (!rules.isAllowed(url)) {
                return FetchResult.failed(FetchOutcome.BLOCKED_BY_ROBOTS, url, 0, "disallowed by robots.txt", start);
            }
            visited.add(url);
            FetchResult result = withRetries(uri, decision.address(), request, RobotsCache.crawlDelayMs(rules), start);
            if (result.outcome() != FetchOutcome.REDIRECT || result.status() == 0) {
                return withRequestedUrl(result, request.url());
            }
            String next = result.finalUrl();
            if (visited.contains(next)) {
                return FetchResult.failed(FetchOutcome.REDIRECT, request.url(), result.status(),
                        "redirect loop at " + next, start);
            }
            if (hop + 1 > config.maxRedirects()) {
                return FetchResult.failed(FetchOutcome.REDIRECT, request.url(), result.status(),
                        "more than " + config.maxRedirects() + " redirects", start);
            }
            url = next;
        }
    }

    private FetchResult withRetries(URI uri, InetAddress address, FetchRequest request, long crawlDelayMs,
                                    Instant start) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            Attempt a = attempt(uri, address, request, crawlDelayMs);
            // timeouts are not retried: a slow host would hold a worker for several deadlines
            boolean retryable = a.outcome == null ? a.status == 429 || a.status >= 500 : a.outcome == FetchOutcome.ERROR;
            if (!retryable) {
                return finish(a, uri, request, start);
            }
            long waitMs = a.retryAfterMs >= 0 ? a.retryAfterMs : backoff(attempt);
            if (attempt >= config.maxRetries() || waitMs > config.retryMaxBackoffMs()) {
                return finish(a, uri, request, start);
            }
            Thread.sleep(waitMs);
        }
    }

    private long backoff(int attempt) {
        long base = config.retryBackoffMs() << Math.min(attempt, 20);
        double jitter = 0.5 + ThreadLocalRandom.current().nextDouble(); // 0.5x .. 1.5x spreads retries apart
        return Math.min(config.retryMaxBackoffMs(), (long) (base * jitter));
    }

    /** One request/response; outcome is set for transport failures, status for answers. */
    private static final class Attempt {
        FetchOutcome outcome;
        String detail;
        int status;
        PinnedHttp.Answer response;
        long retryAfterMs = -1;
    }

    private Attempt attempt(URI uri, InetAddress address, FetchRequest request, long crawlDelayMs)
            throws InterruptedException {
        Attempt a = new Attempt();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", config.userAgent());
        headers.put("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                + "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5");
        headers.put("Accept-Language", "vi,en;q=0.5");
        headers.put("Accept-Encoding", "gzip, deflate");
        if (request.etag() != null) {
            headers.put("If-None-Match", clean(request.etag()));
        }
        if (request.lastModified() != null) {
            headers.put("If-Modified-Since", clean(request.lastModified()));
        }
        try (HostPoliteness.Turn turn = politeness.acquire(RobotsCache.authority(uri), crawlDelayMs)) {
            long deadline = System.nanoTime() + config.readTimeoutMs() * 1_000_000L;
            a.response = http.get(uri, address, headers, request.maxBytes(), deadline);
            a.status = a.response.status();
            a.retryAfterMs = retryAfterMs(a.response);
        } catch (BodyTooLarge tooLarge) {
            a.outcome = FetchOutcome.TOO_LARGE;
            a.detail = tooLarge.getMessage();
        } catch (HttpTimeoutException e) {
            a.outcome = FetchOutcome.TIMEOUT;
            a.detail = "no complete response within " + config.readTimeoutMs() + " ms";
        } catch (IOException e) {
            a.outcome = FetchOutcome.ERROR;
            a.detail = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        return a;
    }

    /** A validator echoed back from a server must not smuggle a line break into our request. */
    private static String clean(String headerValue) {
        return headerValue.replace('\r', ' ').replace('\n', ' ');
    }

    private FetchResult finish(Attempt a, URI uri, FetchRequest request, Instant start) {
        String url = uri.toString();
        Duration elapsed = Duration.between(start, Instant.now());
        if (a.outcome != null) {
            return new FetchResult(a.outcome, url, url, 0, null, new byte[0], null, null, a.detail, start, elapsed);
        }
        PinnedHttp.Answer r = a.response;
        int status = a.status;
        String contentType = r.header("Content-Type").orElse(null);
        if (status >= 300 && status < 400 && status != 304) {
            Optional<String> location = r.header("Location");
            if (location.isEmpty()) {
                return FetchResult.failed(FetchOutcome.REDIRECT, url, 0, status + " without Location", start);
            }
            String next;
            try {
                next = uri.resolve(location.get().trim()).toString();
            } catch (IllegalArgumentException e) {
                return FetchResult.failed(FetchOutcome.REDIRECT, url, 0, "bad Location " + location.get(), start);
            }
            return new FetchResult(FetchOutcome.REDIRECT, url, next, status, contentType, new byte[0], null, null,
                    "redirect", start, elapsed);
        }
        if (status == 304) {
            return new FetchResult(FetchOutcome.NOT_MODIFIED, url, url, status, contentType, new byte[0],
                    request.etag(), request.lastModified(), null, start, elapsed);
        }
        if (status == 404 || status == 410) {
            return FetchResult.failed(FetchOutcome.GONE, url, status, "HTTP " + status, start);
        }
        if (status == 429) {
            return FetchResult.failed(FetchOutcome.THROTTLED, url, status, "HTTP 429 after retries", start);
        }
        if (status < 200 || status >= 300) {
            return FetchResult.failed(FetchOutcome.HTTP_ERROR, url, status, "HTTP " + status, start);
        }
        if (!acceptable(contentType)) {
            return FetchResult.failed(FetchOutcome.UNSUPPORTED_TYPE, url, status, "content type " + contentType, start);
        }
        byte[] decoded;
        try {
            decoded = decode(r.body(), r.header("Content-Encoding").orElse(""), request.maxBytes());
        } catch (BodyTooLarge e) {
            return FetchResult.failed(FetchOutcome.TOO_LARGE, url, status, "decompressed " + e.getMessage(), start);
        } catch (IOException e) {
            return FetchResult.failed(FetchOutcome.ERROR, url, status, "cannot decompress: " + e.getMessage(), start);
        }
        return new FetchResult(FetchOutcome.OK, url, url, status, contentType, decoded,
                r.header("ETag").orElse(null), r.header("Last-Modified").orElse(null),
                null, start, elapsed);
    }

    private static FetchResult withRequestedUrl(FetchResult r, String requested) {
        return new FetchResult(r.outcome(), requested, r.finalUrl(), r.status(), r.contentType(), r.body(), r.etag(),
                r.lastModified(), r.detail(), r.fetchedAt(), r.elapsed());
    }

    static boolean acceptable(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true; // many small CMSs send none; the parsers sniff the bytes
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return !(type.startsWith("image/") || type.startsWith("video/") || type.startsWith("audio/")
                || type.startsWith("font/") || type.contains("pdf") || type.contains("zip")
                || type.contains("msword") || type.contains("officedocument"));
    }

    /** Undoes Content-Encoding while enforcing the cap on the inflated size (a small gzip can inflate hugely). */
    static byte[] decode(byte[] body, String encoding, long cap) throws IOException {
        String e = encoding.trim().toLowerCase(Locale.ROOT);
        if (e.isEmpty() || e.equals("identity")) {
            return body;
        }
        InputStream in;
        if (e.contains("gzip")) {
            in = new GZIPInputStream(new ByteArrayInputStream(body));
        } else if (e.contains("deflate")) {
            // "deflate" should be zlib-wrapped, but some servers send raw deflate: check the zlib header
            boolean zlib = body.length > 1 && (body[0] & 0x0f) == 8 && ((body[0] & 0xff) << 8 | (body[1] & 0xff)) % 31 == 0;
            in = new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(!zlib));
        } else {
            throw new IOException("unsupported Content-Encoding " + encoding);
        }
        try (InputStream input = in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16384];
            int n;
            while ((n = input.read(buf)) > 0) {
                out.write(buf, 0, n);
                if (out.size() > cap) {
                    throw new BodyTooLarge(out.size(), cap);
                }
            }
            return out.toByteArray();
        }
    }

    private static long retryAfterMs(PinnedHttp.Answer r) {
        Optional<String> header = r.header("Retry-After");
        if (header.isEmpty()) {
            return -1;
        }
        String v = header.get().trim();
        try {
            return Math.max(0, Long.parseLong(v) * 1000);
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                return Math.max(0, Duration.between(Instant.now(), at.toInstant()).toMillis());
            } catch (RuntimeException ignored) {
                return -1;
            }
        }
    }

    /** robots.txt from the address its page's host was pinned to, so it cannot be a second DNS answer either. */
    private RobotsCache.RobotsFile loadRobots(String robotsUrl, InetAddress address) {
        URI uri = URI.create(robotsUrl);
        try {
            Attempt a = attempt(uri, address, new FetchRequest(robotsUrl, null, ROBOTS_MAX_BYTES, null, null, Set.of()), 0);
            if (a.outcome != null) {
                return new RobotsCache.RobotsFile(0, null, new byte[0]);
            }
            byte[] body = decode(a.response.body(), a.response.header("Content-Encoding").orElse(""), ROBOTS_MAX_BYTES);
            return new RobotsCache.RobotsFile(a.status, a.response.header("Content-Type").orElse(null), body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RobotsCache.RobotsFile(0, null, new byte[0]);
        } catch (IOException e) {
            return new RobotsCache.RobotsFile(0, null, new byte[0]);
        }
    }
}
