package vn.tinradar.ingest.fuzz;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Rejected;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.ingest.config.IngestConfig;
import vn.tinradar.ingest.filter.ItemFilters;
import vn.tinradar.ingest.MemorySink;
import vn.tinradar.ingest.MemoryStateStore;
import vn.tinradar.ingest.crawl.CrawlState;
import vn.tinradar.ingest.crawl.FeedPoller;
import vn.tinradar.ingest.crawl.FeedState;
import vn.tinradar.ingest.crawl.PollResult;
import vn.tinradar.ingest.fetch.Fetcher;
import vn.tinradar.ingest.metrics.IngestMetrics;
import vn.tinradar.ingest.source.Feed;
import vn.tinradar.ingest.source.Selectors;
import vn.tinradar.ingest.source.Source;

/**
 * Runs hostile cases through ingest's real polling path (fetcher, parsers, extractor) against a loopback
 * {@link HostileServer}, a few at a time, and sorts each case's fate: extracted, rejected with a reason, a
 * failed poll with a reason, a page left for a later poll with a reason, a feed read without one usable
 * item, or a problem (crash, hang, no reason, internal address reached, file content leaked).
 */
final class FuzzRun {

    /** How one case ended. */
    enum Fate { EXTRACTED, REJECTED, POLL_FAILED, PAGE_DEFERRED, NOTHING_USABLE, CRASHED, HUNG, UNEXPLAINED, REACHED_INTERNAL, LEAKED }

    /** One case's fate, how long its poll took, and what said why (the case's name only: its bodies are dropped). */
    record Outcome(String family, String name, Fate fate, long millis, String why) {

        Outcome(HostileCase c, Fate fate, long millis, String why) {
            this(c.family(), c.name(), fate, millis, why);
        }
    }

    /** All outcomes of a run, with counts per fate and the slowest case. */
    record Report(List<Outcome> outcomes) {

        Map<Fate, Integer> counts() {
            Map<Fate, Integer> counts = new TreeMap<>();
            outcomes.forEach(o -> counts.merge(o.fate, 1, Integer::sum));
            return counts;
        }

        List<Outcome> problems() {
            return outcomes.stream().filter(o -> o.fate.ordinal() >= Fate.CRASHED.ordinal()).toList();
        }

        Outcome slowest() {
            return outcomes.stream().max(java.util.Comparator.comparingLong(Outcome::millis)).orElseThrow();
        }

        Map<String, Long> worstMillisPerFamily() {
            Map<String, Long> worst = new TreeMap<>();
            outcomes.forEach(o -> worst.merge(o.family, o.millis, Math::max));
            return worst;
        }
    }

    private final HostileServer server;
    private final HostileCorpus corpus;
    private final IngestConfig config;
    private final long hangAfterMs;

    FuzzRun(HostileServer server, HostileCorpus corpus, IngestConfig config, long hangAfterMs) {
        this.server = server;
        this.corpus = corpus;
        this.config = config;
        this.hangAfterMs = hangAfterMs;
    }

    /** Runs {@code cases} cases, {@code parallel} at a time; with {@code onlyFamily}, cases of that family only. */
    Report run(int cases, int parallel, String onlyFamily) throws InterruptedException {
        IngestMetrics metrics = new IngestMetrics(new SimpleMeterRegistry());
        Fetcher fetcher = new Fetcher(config, metrics, Clock.systemUTC());
        ExecutorService pollers = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "fuzz-poll");
            t.setDaemon(true); // a hung poll must not keep the test JVM alive
            return t;
        });
        ExecutorService drivers = Executors.newFixedThreadPool(parallel);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (int i = 0, added = 0; added < cases; i++) {
            int index = i;
            if (onlyFamily != null && !corpus.familyOf(index).equals(onlyFamily)) {
                continue;
            }
            added++;
            futures.add(drivers.submit(() -> runOne(corpus.build(index), fetcher, metrics, pollers)));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> f : futures) {
            try {
                outcomes.add(f.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("the fuzz driver itself failed", e.getCause());
            }
        }
        drivers.shutdown();
        pollers.shutdownNow();
        return new Report(outcomes);
    }

    private Outcome runOne(HostileCase c, Fetcher fetcher, IngestMetrics metrics, ExecutorService pollers) {
        c.routes().forEach(server::route);
        try {
            return pollOnce(c, fetcher, metrics, pollers);
        } finally {
            c.routes().keySet().forEach(server::forget);
        }
    }

    private Outcome pollOnce(HostileCase c, Fetcher fetcher, IngestMetrics metrics, ExecutorService pollers) {
        String id = "fuzz-" + c.index();
        Feed feed = new Feed(id, server.url(c.entry()), c.kind());
        Source source = new Source(id, "Trang thử " + c.index(), null, SourceTier.UNLICENSED_SITE, true, true, 0, 0,
                List.of(feed), Selectors.NONE);
        MemorySink sink = new MemorySink();
        CrawlState state = CrawlState.restore(new MemoryStateStore());
        FeedPoller poller = new FeedPoller(config, fetcher, state, sink, metrics, Clock.systemUTC(),
                ItemFilters.configured(config, state, Clock.systemUTC()));
        long start = System.nanoTime();
        java.util.concurrent.atomic.AtomicReference<Thread> worker = new java.util.concurrent.atomic.AtomicReference<>();
        Future<PollResult> poll = pollers.submit(() -> {
            worker.set(Thread.currentThread());
            return poller.poll(source, feed, FeedState.initial(600));
        });
        PollResult result;
        try {
            result = poll.get(hangAfterMs, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            String where = where(worker.get());
            poll.cancel(true);
            return new Outcome(c, Fate.HUNG, elapsed(start), "no result after " + hangAfterMs + " ms, at " + where);
        } catch (ExecutionException e) {
            return new Outcome(c, Fate.CRASHED, elapsed(start), String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(c, Fate.CRASHED, elapsed(start), "interrupted");
        }
        long millis = elapsed(start);
        for (String path : c.forbidden()) {
            if (server.hits(path) > 0) {
                return new Outcome(c, Fate.REACHED_INTERNAL, millis, path + " was requested");
            }
        }
        for (Article a : sink.articles()) {
            String text = a.title() + " " + a.text();
            if (text.contains("root:x:0") || text.contains("ma-bi-mat")) {
                return new Outcome(c, Fate.LEAKED, millis, "article " + a.url() + " holds internal content");
            }
        }
        return classify(c, result, sink, poller.stats(source.id()).lastError(), millis);
    }

    private static Outcome classify(HostileCase c, PollResult result, MemorySink sink, String lastError, long millis) {
        if (!sink.articles().isEmpty()) {
            return new Outcome(c, Fate.EXTRACTED, millis, sink.articles().size() + " article(s)");
        }
        for (Rejected r : sink.rejected()) {
            if (r.reason() == null || r.reason().isBlank()) {
                return new Outcome(c, Fate.UNEXPLAINED, millis, "rejected without a reason: " + r.url());
            }
        }
        if (!sink.rejected().isEmpty()) {
            Rejected first = sink.rejected().get(0);
            return new Outcome(c, Fate.REJECTED, millis, first.reason() + ": " + first.detail());
        }
        if (!result.ok()) {
            boolean reasoned = result.outcome() != null && !result.outcome().isBlank();
            return new Outcome(c, reasoned ? Fate.POLL_FAILED : Fate.UNEXPLAINED, millis,
                    result.outcome() + ": " + result.detail());
        }
        if (lastError != null && !lastError.isBlank()) {
            return new Outcome(c, Fate.PAGE_DEFERRED, millis, lastError);
        }
        if (result.newItems() == 0 && c.kind() != vn.tinradar.ingest.source.FeedKind.LIST) {
            // a feed that parsed but listed nothing usable (every link skipped): the poll itself is the answer
            return new Outcome(c, Fate.NOTHING_USABLE, millis, "feed read, no item with a usable link");
        }
        return new Outcome(c, Fate.UNEXPLAINED, millis, "poll ok, nothing emitted, nothing rejected");
    }

    /** The top of a stuck thread's stack, to name where a hang sits. */
    private static String where(Thread thread) {
        if (thread == null) {
            return "not started";
        }
        StringBuilder sb = new StringBuilder();
        StackTraceElement[] frames = thread.getStackTrace();
        for (int i = 0; i < Math.min(12, frames.length); i++) {
            sb.append(i == 0 ? "" : " < ").append(frames[i].getClassName().replaceAll(".*\\.", ""))
                    .append('.').append(frames[i].getMethodName());
        }
        return sb.toString();
    }

    private static long elapsed(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
