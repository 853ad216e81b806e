package vn.tinradar.deploy.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves the bundled demo corpus like the real web: one loopback HTTP server per invented source (so a
 * crawler's per-host politeness treats them as separate sites), each with its own CMS markup, feed kind,
 * date formats and encoding quirks.
 *
 * <p>Time is shifted so that the end of the corpus timeline ({@link DemoCorpus#ANCHOR}) falls at the moment
 * {@link #start()} is called: every served timestamp is corpus time + (start − anchor). Articles whose shifted
 * time is still ahead of the clock are not listed and their pages answer 404 until due, so the landslide burst
 * and the copied fabricated story arrive during the first minute of the demo. {@link #sourcesYaml()} gives the
 * sources registry (ingest's format) pointing at the live ports.
 */
public final class DemoSite implements AutoCloseable {

    /**
     * First of the loopback ports the sources try in corpus order (18801, 18802, ...), as {@code demo.first-port}
     * has it by default. Stable ports keep article URLs, and so article ids and the crawler's memory, the same across
     * a restart of the demo; a port already in use (a second demo side by side) falls back to an ephemeral one.
     */
    public static final int PREFERRED_BASE_PORT = 18801;

    private final Clock clock;
    private final DemoCorpus corpus;
    private final int basePort;
    private final Map<String, Integer> lastPorts;
    private final Map<String, SourceSite> sites = new LinkedHashMap<>();
    private Instant startedAt;
    private boolean closed;

    public DemoSite(Clock clock) {
        this(clock, DemoCorpus.bundled(), PREFERRED_BASE_PORT);
    }

    /** {@code basePort} 0 puts every source on an ephemeral port (tests). */
    public DemoSite(Clock clock, DemoCorpus corpus, int basePort) {
        this(clock, corpus, basePort, Map.of());
    }

    /**
     * @param basePort first of the ports the sources try in corpus order; 0: ephemeral ports
     * @param lastPorts ports by source id of a previous start ({@link DemoSitePorts}), tried before {@code basePort}'s
     */
    public DemoSite(Clock clock, DemoCorpus corpus, int basePort, Map<String, Integer> lastPorts) {
        this.clock = clock;
        this.corpus = corpus;
        this.basePort = basePort;
        this.lastPorts = Map.copyOf(lastPorts);
    }

    /** Opens one server per source on 127.0.0.1 (preferred or ephemeral ports); calling it again does nothing. */
    public synchronized DemoSite start() {
        if (closed) {
            throw new IllegalStateException("demo site was closed and cannot start again");
        }
        if (startedAt != null) {
            return this;
        }
        // whole seconds, so Last-Modified / If-Modified-Since round-trip exactly
        startedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        try {
            for (DemoSource source : corpus.sources()) {
                int preferred = lastPorts.getOrDefault(source.id(), basePort == 0 ? 0 : basePort + sites.size());
                SourceSite site = new SourceSite(source, corpus.articlesOf(source.id()),
                        corpus.changesOf(source.id()), clock, startedAt, preferred, this::telegramUrlOfKey);
                sites.put(source.id(), site);
                site.start();
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        return this;
    }

    /**
     * The demo's "now": the clock's time when {@link #start()} ran. Every article is shown at demoNow + its
     * corpus offset, so history lies before it and the live burst within the minute after it.
     */
    public Instant demoNow() {
        return startedAt();
    }

    public Instant startedAt() {
        requireStarted();
        return startedAt;
    }

    /** How far corpus time is moved: served time = corpus time + this shift. */
    public Duration shift() {
        return Duration.between(DemoCorpus.ANCHOR, startedAt());
    }

    public DemoCorpus corpus() {
        return corpus;
    }

    /** The port each source's site listens on, by source id in corpus order. */
    public Map<String, Integer> ports() {
        requireStarted();
        Map<String, Integer> ports = new LinkedHashMap<>();
        sites.forEach((id, site) -> ports.put(id, site.port()));
        return ports;
    }

    /** Base URL of a source's site, e.g. {@code http://127.0.0.1:41234}. */
    public String baseUrl(String sourceId) {
        return site(sourceId).base();
    }

    public String feedUrl(String sourceId) {
        SourceSite site = site(sourceId);
        return site.base() + site.source().feedPath();
    }

    /** The canonical URL an article is (or will be) served at. */
    public String articleUrl(DemoArticle article) {
        return site(article.source()).find(article).url();
    }

    /**
     * Analyze settings of the demo (YAML, under {@code analyze:}): its small fictional press carries about eight
     * articles a day over three partitions, under the day's volume that starts the watch on a real flow
     * ({@code trend-watch-min-articles-per-day}), so the demo counts from its first article.
     */
    public static final String ANALYZE_YAML = """
            analyze:
              trend-watch-min-articles-per-day: 1
            """;

    /**
     * Ingest settings of the demo (YAML, under {@code ingest:}): articles of alerts are looked at again minutes, not
     * hours, after publication, so the takedown and the silent edit its sites make ({@code changes.json}) show
     * within the demo's first half hour.
     */
    public static final String INGEST_YAML = """
            ingest:
              recheck:
                steps-minutes: [5, 10, 17, 30, 60]
                then-every-hours: 24
            """;

    /** When the article appears on its site, on the demo clock. */
    public Instant servedTime(DemoArticle article) {
        return startedAt().plusSeconds(article.offsetSeconds());
    }

    /**
     * Alert settings the demo story needs (YAML, under {@code alerts:}): the draft resolution its policy story is
     * about, under public consultation from just before its first article until a few days after the demo's now,
     * so the policy rules and the weekly report's policy section have something to follow; and the staff an alert
     * can be assigned to.
     */
    public String alertsYaml() {
        requireStarted();
        return alertsYaml(startedAt().atZone(vn.tinradar.common.text.VnTime.ZONE).toLocalDate());
    }

    /** The demo's alert settings for a demo started on {@code today} (Vietnam time). */
    public static String alertsYaml(java.time.LocalDate today) {
        return """
                # Demo draft policy (fiction), dated relative to the demo's start.
                alerts:
                  rules:
                    draft-policies:
                      policies:
                        - id: ho-tro-thu-hoi-dat
                          name: "Dự thảo Nghị quyết quy định mức hỗ trợ khi Nhà nước thu hồi đất"
                          keywords: ["hỗ trợ thu hồi đất", "hỗ trợ khi Nhà nước thu hồi đất"]
                          consultation-from: %s
                          consultation-to: %s
                  # demo staff an alert can be assigned to (fictional people and addresses)
                  email:
                    staff:
                      le.van.cuong: cuong.lv@so-tttt.example
                      tran.thi.binh: binh.tt@so-tttt.example
                """.formatted(today.minusDays(27), today.plusDays(4));
    }

    /** The sources registry in ingest's YAML format, with the live ports and demo-friendly poll bounds. */
    public String sourcesYaml() {
        requireStarted();
        StringBuilder yaml = new StringBuilder("# Demo sources served by TinRadar's bundled demo site (fiction).\nsources:\n");
        for (SourceSite site : sites.values()) {
            DemoSource s = site.source();
            yaml.append("  - id: ").append(s.id()).append('\n')
                    .append("    name: \"").append(s.name()).append("\"\n")
                    .append("    home: ").append(site.base()).append('\n')
                    .append("    tier: ").append(s.tier().id()).append('\n')
                    .append("    province-only: ").append(s.provinceOnly()).append('\n')
                    .append("    allow-private-network: true\n")
                    .append("    poll:\n      min-interval-seconds: 5\n      max-interval-seconds: 60\n")
                    .append("    feeds:\n      - url: \"").append(site.base()).append(s.feedPath()).append("\"\n")
                    .append("        kind: ").append(s.feed()).append('\n');
            for (Map.Entry<String, String> selector : selectors(s).entrySet()) {
                if (selector.getKey().equals("title")) {
                    yaml.append("    selectors:\n");
                }
                yaml.append("      ").append(selector.getKey()).append(": \"").append(selector.getValue()).append("\"\n");
            }
        }
        return yaml.toString();
    }

    // the portal has no JSON-LD or og: tags and the forum wraps its post in forum markup: say where the text is
    private static Map<String, String> selectors(DemoSource s) {
        Map<String, String> selectors = new LinkedHashMap<>();
        if (s.layout().equals("gov")) {
            selectors.put("title", "h1.title-news");
            selectors.put("body", "div.ms-rtestate-field");
            selectors.put("date", "span.date-news");
        } else if (s.layout().equals("forum")) {
            selectors.put("title", "h1.p-title-value");
            selectors.put("body", "article.message div.bbWrapper");
            selectors.put("date", "time.u-dt");
        }
        return selectors;
    }

    /**
     * A demo Telegram message's address by its "source/slug", or null when that article is no Telegram message:
     * a channel can forward only another channel's message, not a web page it copied from.
     */
    private String telegramUrlOfKey(String key) {
        SourceSite site = sites.get(key.substring(0, Math.max(0, key.indexOf('/'))));
        return site == null || !site.source().feed().equals("telegram") ? null : site.urlOf(key);
    }

    List<SourceSite> sites() {
        return new ArrayList<>(sites.values());
    }

    private SourceSite site(String sourceId) {
        requireStarted();
        SourceSite site = sites.get(sourceId);
        if (site == null) {
            throw new IllegalArgumentException("unknown demo source '" + sourceId + "', known: " + sites.keySet());
        }
        return site;
    }

    private void requireStarted() {
        if (startedAt == null) {
            throw new IllegalStateException("demo site is not started: call start() first");
        }
    }

    /** Stops every server; safe to call twice. */
    @Override
    public synchronized void close() {
        closed = true;
        for (SourceSite site : sites.values()) {
            site.close();
        }
        sites.clear();
    }
}
