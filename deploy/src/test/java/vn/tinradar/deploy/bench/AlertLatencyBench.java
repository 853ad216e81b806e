package vn.tinradar.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.deploy.config.Settings;
import vn.tinradar.deploy.process.TinRadarProcess;

/**
 * Alert latency through a running TinRadar: one process as {@code run} starts it (embedded broker, crawler, analyze,
 * alerts, web server), crawling local newspapers ({@link PressSite}) that carry a history of real articles and a
 * steady background of them, into which bursts are injected ({@link BurstArticles}: one new event on every paper at
 * once). For each burst: when the crawler fetched the tipping article (the last-fetched burst article the alert
 * names; pages note their first serve), when the alert reached the live stream ({@link LiveAlerts}) and when its
 * e-mail was written to the outbox (the {@code .eml} file's time). Prints every burst and p50/p95.
 *
 * <p>Arguments: {@code BACKGROUND.jsonl [bursts=24] [outlets=6] [background-every-s=10] [gap-s=20] [CONFIG.yaml]}
 * (the settings file, to try another commit interval; default: only the province). Command and figures:
 * docs/benchmarks.md, "Alert latency (issue 16)".
 */
public final class AlertLatencyBench {

    private static final String PASSWORD = "do-tre-canh-bao-2026";
    private static final Duration HISTORY = Duration.ofHours(36);
    private static final int HISTORY_ARTICLES = 360;
    private static final Duration ALERT_PATIENCE = Duration.ofSeconds(180);
    private static final Duration MAIL_PATIENCE = Duration.ofSeconds(20);

    /** One measured burst; a time is null when it never came. */
    record Burst(int n, String topic, String commune, Instant injected, Instant tippingFetch, Instant lastFetch,
                 Instant live, Instant outbox, String rule, int revision, int namedBurstArticles) {

        /** From the last burst article fetched before the alert came, named or not: a lower bound. */
        Double liveSecondsFromLastFetch() {
            return live == null || lastFetch == null ? null : Duration.between(lastFetch, live).toMillis() / 1000.0;
        }

        Double liveSeconds() {
            return live == null || tippingFetch == null ? null : Duration.between(tippingFetch, live).toMillis() / 1000.0;
        }

        Double outboxSeconds() {
            return outbox == null || tippingFetch == null ? null
                    : Duration.between(tippingFetch, outbox).toMillis() / 1000.0;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: AlertLatencyBench BACKGROUND.jsonl [bursts] [outlets] "
                    + "[background-every-s] [gap-s] [CONFIG.yaml]");
        }
        List<PressSite.Item> background = BackgroundArticles.load(Path.of(args[0]));
        int bursts = args.length > 1 ? Integer.parseInt(args[1]) : 24;
        int outlets = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        int backgroundEvery = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        int gap = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        if (bursts > BurstArticles.distinctBursts()) {
            throw new IllegalArgumentException("at most " + BurstArticles.distinctBursts() + " bursts but was " + bursts);
        }
        Path dir = Files.createTempDirectory("tinradar-latency");
        Map<String, Instant> served = new ConcurrentHashMap<>();
        List<PressSite> sites = new ArrayList<>();
        for (int s = 0; s < outlets; s++) {
            sites.add(new PressSite("bao-" + (s + 1), "Báo địa phương số " + (s + 1), served));
        }
        int used = publishHistory(sites, background);
        StringBuilder sources = new StringBuilder("sources:\n");
        sites.forEach(site -> sources.append(site.sourceYaml(5, 60)));
        Files.writeString(dir.resolve("sources.yaml"), sources, StandardCharsets.UTF_8);
        Path config = dir.resolve("tinradar.yaml");
        if (args.length > 5) {
            Files.copy(Path.of(args[5]), config);
        } else {
            Files.writeString(config, "province: Lào Cai\n", StandardCharsets.UTF_8);
        }
        System.out.printf("bench=latency load=%s bursts=%d outlets=%d history=%d background_every_s=%d%n",
                loadAverage(), bursts, outlets, used, backgroundEvery);

        List<Burst> results = new ArrayList<>();
        ScheduledExecutorService steady = Executors.newSingleThreadScheduledExecutor();
        try (TinRadarProcess process = new TinRadarProcess(Settings.load(config),
                new TinRadarProcess.Options(dir.resolve("data"), 0, null, dir.resolve("sources.yaml"), false,
                        EnumSet.allOf(TinRadarProcess.Role.class), PASSWORD)).start();
             LiveAlerts live = new LiveAlerts("http://127.0.0.1:" + process.port(), "admin", PASSWORD)) {
            waitForHistory(served, used);
            AtomicInteger next = new AtomicInteger(used);
            steady.scheduleAtFixedRate(() -> {
                int k = next.getAndIncrement() % background.size();
                PressSite.Item item = background.get(k);
                sites.get(k % sites.size()).publish(new PressSite.Item("nen-song-" + k + "-" + next.get(),
                        item.title(), item.lead(), item.paragraphs(), Instant.now()));
            }, 0, backgroundEvery, TimeUnit.SECONDS);
            Path outbox = dir.resolve("data").resolve("outbox");
            for (int n = 0; n < bursts; n++) {
                Burst b = inject(n, outlets, sites, served, live, outbox);
                results.add(b);
                System.out.printf("bench=burst n=%d topic=%s commune=\"%s\" live_s=%s outbox_s=%s "
                                + "live_s_from_last_fetch=%s rule=%s revision=%d named=%d load=%s%n", b.n(), b.topic(),
                        b.commune(), b.liveSeconds(), b.outboxSeconds(), b.liveSecondsFromLastFetch(), b.rule(),
                        b.revision(), b.namedBurstArticles(), loadAverage());
                Thread.sleep(gap * 1000L);
            }
        } finally {
            steady.shutdownNow();
            sites.forEach(PressSite::close);
        }
        report("live", results.stream().map(Burst::liveSeconds).toList());
        report("outbox", results.stream().map(Burst::outboxSeconds).toList());
        report("live_from_last_fetch", results.stream().map(Burst::liveSecondsFromLastFetch).toList());
        System.out.printf("bench=latency_alerts new=%d grown=%d none=%d%n",
                results.stream().filter(b -> b.revision() == 1).count(),
                results.stream().filter(b -> b.revision() > 1).count(),
                results.stream().filter(b -> b.live() == null).count());
        System.out.printf("bench=latency_end load=%s%n", loadAverage());
    }

    /** History: the first articles spread evenly over the past 36 hours, dealt round the sites. */
    private static int publishHistory(List<PressSite> sites, List<PressSite.Item> background) {
        int count = Math.min(HISTORY_ARTICLES, background.size());
        Instant start = Instant.now().minus(HISTORY);
        long step = HISTORY.toMillis() / count;
        for (int k = 0; k < count; k++) {
            PressSite.Item item = background.get(k);
            sites.get(k % sites.size()).publish(new PressSite.Item("nen-" + k, item.title(), item.lead(),
                    item.paragraphs(), start.plusMillis(step * k)));
        }
        return count;
    }

    private static void waitForHistory(Map<String, Instant> served, int history) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(15));
        while (served.size() < history && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
        }
        System.out.printf("bench=history_fetched pages=%d of=%d%n", served.size(), history);
        // the last pages still travel through analyze; bursts measured while history is processed would be slower
        Thread.sleep(30_000);
    }

    private static Burst inject(int n, int outlets, List<PressSite> sites, Map<String, Instant> served,
                                LiveAlerts live, Path outbox) throws Exception {
        Instant injected = Instant.now();
        List<PressSite.Item> items = BurstArticles.burst(n, outlets, injected);
        for (int o = 0; o < items.size(); o++) {
            sites.get(o).publish(items.get(o));
        }
        String marker = "/bai/dot-" + n + "-";
        Instant deadline = injected.plus(ALERT_PATIENCE);
        LiveAlerts.Arrival arrival = null;
        while (arrival == null && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
            arrival = live.firstNaming(marker, injected);
        }
        if (arrival == null) {
            return new Burst(n, BurstArticles.topic(n), BurstArticles.commune(n), injected, null, null, null, null, null,
                    0, 0);
        }
        // the tipping article: of the burst's articles the alert names, the one fetched last
        Instant tipping = null;
        Instant last = null;
        int named = 0;
        for (PressSite.Item item : items) {
            Instant fetched = served.get(item.slug());
            if (fetched != null && fetched.isBefore(arrival.at()) && (last == null || fetched.isAfter(last))) {
                last = fetched;
            }
            boolean isNamed = arrival.articleUrls().stream().anyMatch(u -> u.contains("/bai/" + item.slug() + ".html"));
            if (isNamed && fetched != null) {
                named++;
                tipping = tipping == null || fetched.isAfter(tipping) ? fetched : tipping;
            }
        }
        Instant mailed = waitForMail(outbox, arrival.id(), injected);
        return new Burst(n, BurstArticles.topic(n), BurstArticles.commune(n), injected, tipping, last, arrival.at(),
                mailed,
                arrival.rule(), arrival.revision(), named);
    }

    /**
     * When an e-mail of the alert was written after {@code since} (the file's modification time), or null if none
     * within the patience: an alert that grew by the burst's articles was mailed when it began, and is not again.
     */
    private static Instant waitForMail(Path outbox, String alertId, Instant since)
            throws IOException, InterruptedException {
        String key = "_" + alertId.replaceAll("[^A-Za-z0-9._-]", "_") + "_";
        Instant deadline = Instant.now().plus(MAIL_PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (Files.isDirectory(outbox)) {
                try (Stream<Path> files = Files.list(outbox)) {
                    List<Path> mails = files.filter(p -> p.getFileName().toString().contains(key)
                            && p.getFileName().toString().endsWith(".eml")).toList();
                    if (!mails.isEmpty()) {
                        Instant first = null;
                        for (Path m : mails) {
                            Instant t = Files.getLastModifiedTime(m).toInstant();
                            if (t.isAfter(since)) {
                                first = first == null || t.isBefore(first) ? t : first;
                            }
                        }
                        if (first != null) {
                            return first;
                        }
                    }
                }
            }
            Thread.sleep(20);
        }
        return null;
    }

    private static void report(String what, List<Double> seconds) {
        double[] got = seconds.stream().filter(s -> s != null).mapToDouble(Double::doubleValue).sorted().toArray();
        long missing = seconds.stream().filter(s -> s == null).count();
        if (got.length == 0) {
            System.out.printf("bench=latency_%s measured=0 missing=%d%n", what, missing);
            return;
        }
        System.out.printf("bench=latency_%s measured=%d missing=%d p50_s=%.2f p95_s=%.2f max_s=%.2f min_s=%.2f%n",
                what, got.length, missing, percentile(got, 50), percentile(got, 95), got[got.length - 1], got[0]);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    static String loadAverage() {
        try {
            return String.join("/", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Real articles (score input format: {@code title}, {@code text}) as site items: lead and up to 8 paragraphs. */
    static final class BackgroundArticles {

        private BackgroundArticles() {
        }

        static List<PressSite.Item> load(Path file) throws IOException {
            List<PressSite.Item> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    parse(line).ifPresent(out::add);
                }
            }
            return out;
        }

        /** One line as an item, or empty when it has no title or no text. */
        static Optional<PressSite.Item> parse(String line) throws IOException {
            JsonNode n = Json.mapper().readTree(line);
            List<String> paragraphs = Arrays.stream(n.path("text").asText().split("\n+"))
                    .map(String::trim).filter(p -> !p.isEmpty()).limit(9).toList();
            String title = n.path("title").asText().trim();
            if (title.isEmpty() || paragraphs.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new PressSite.Item("", title, paragraphs.get(0), paragraphs.subList(1, paragraphs.size()),
                    Instant.EPOCH));
        }
    }
}
