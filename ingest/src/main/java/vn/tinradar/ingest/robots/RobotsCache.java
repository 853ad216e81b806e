package vn.tinradar.ingest.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * robots.txt rules per host:port, fetched once and kept for a while. A missing robots.txt (4xx) allows all;
 * a server error or unreachable robots.txt disallows the host for a short time, as crawler etiquette asks.
 */
public final class RobotsCache {

    /** What loading robots.txt gave: status (0 when no response), content type and body. */
    public record RobotsFile(int status, String contentType, byte[] body) {
    }

    private static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(5);

    private final String robotName;
    private final Duration ttl;
    private final BiFunction<String, InetAddress, RobotsFile> loader;
    private final Clock clock;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    private record Entry(BaseRobotRules rules, Instant expires) {
    }

    /** @param loader fetches a robots.txt URL from the given address without consulting robots rules itself */
    public RobotsCache(String robotName, Duration ttl, BiFunction<String, InetAddress, RobotsFile> loader, Clock clock) {
        // crawler-commons matches robot names in lower case only
        this.robotName = robotName.toLowerCase(java.util.Locale.ROOT);
        this.ttl = ttl;
        this.loader = loader;
        this.clock = clock;
    }

    /** The rules for {@code pageUri}'s host, loaded (when not cached) from {@code address}, the host's checked address. */
    public BaseRobotRules rules(URI pageUri, InetAddress address) {
        String authority = authority(pageUri);
        Instant now = clock.instant();
        Entry entry = cache.get(authority);
        if (entry != null && entry.expires.isAfter(now)) {
            return entry.rules;
        }
        // one load per host at a time, without making other hosts wait for a slow robots.txt
        synchronized (locks.computeIfAbsent(authority, a -> new Object())) {
            entry = cache.get(authority);
            if (entry != null && entry.expires.isAfter(now)) {
                return entry.rules;
            }
            String robotsUrl = pageUri.getScheme() + "://" + authority + "/robots.txt";
            RobotsFile file = loader.apply(robotsUrl, address);
            BaseRobotRules rules;
            Duration keep = ttl;
            if (file.status() >= 200 && file.status() < 300) {
                rules = parser.parseContent(robotsUrl, file.body(), file.contentType(), List.of(robotName));
            } else if (file.status() >= 300 && file.status() < 500) {
                rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
            } else {
                rules = parser.failedFetch(file.status() == 0 ? 500 : file.status());
                keep = RETRY_AFTER_FAILURE;
            }
            cache.put(authority, new Entry(rules, now.plus(keep)));
            return rules;
        }
    }

    /** Crawl-delay in milliseconds, or 0 when the site sets none (crawler-commons reports Long.MIN_VALUE). */
    public static long crawlDelayMs(BaseRobotRules rules) {
        long delay = rules.getCrawlDelay();
        return delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay < 0 ? 0 : delay;
    }

    public static String authority(URI uri) {
        int port = uri.getPort();
        if (port == -1) {
            port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        }
        return uri.getHost().toLowerCase(java.util.Locale.ROOT) + ":" + port;
    }
}
