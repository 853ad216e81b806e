package vn.tinradar.alerts.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.Trend;

/**
 * Applies the trend rules (topic-burst, negative-surge) to each trend and forwards every finding keyed by its group
 * key, for the repartition that brings all findings of one group (a story's places and topics) to one task.
 *
 * <p>A finding is grouped by what was known when its trend arrived: its sample articles may not be in articles.scored
 * yet, or may sit in two stories that a later bridging report merges. So the latest trend of each group is kept in
 * {@value #STORE} and the rules re-run on it every {@link #RECHECK} of wall-clock time. When the same trend now
 * belongs to another group (its samples turned out to be mostly one story), the finding goes to that group and the
 * old group's alert is resolved, saying which alert carries on: one event, one firing alert. When that group has no
 * live alert of its own (a story that merged with the one already alerted), the old alert is carried there instead:
 * same id, next revision, so its acknowledgement, assignment, incident and mails follow it. A topic-and-place
 * (or topic, or place) group that joined a story this way is remembered in {@value #JOINED_STORE}: its later
 * windows stay with that story while it holds more of their samples than any other story; so does a group one of whose
 * windows went to a story directly, its samples being mostly that story's. Entries are dropped once
 * their group would start a fresh alert anyway ({@code regroup-after-hours}) or the rules no longer fire on them. A rule
 * that throws on a record is logged and the record skipped.
 *
 * <p>A finding that no story speaks for, in a group that has raised nothing yet, waits up to
 * {@code wait-for-stories-seconds} before it is forwarded: it is kept, marked as waiting, and re-judged at each
 * re-check. If by then its samples have turned out to be a story's, it goes to that story's group and no alert of its
 * own is ever raised (issue 11: the first reports of the demo's landslide sat in the dam rumour's and a forum thread's
 * stories, so the commune's and the province's bursts fired alone and were resolved 20 s later, after their mails).
 */
final class TrendRulesProcessor implements Processor<String, Trend, String, Finding> {

    /** Store: rule + group key → the latest trend that raised a finding of that rule in that group. */
    static final String STORE = "alerts-trend-latest";
    /** Store: topic-and-place (or trend) group key → the story its alert joined, for later windows of the group. */
    static final String JOINED_STORE = "alerts-trend-joined";
    /** How often findings are checked against what is known now: merges come seconds to minutes after a burst. */
    static final Duration RECHECK = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(TrendRulesProcessor.class);

    /**
     * The value of {@value #STORE}: the trend behind a group's finding and when (wall clock) it was kept;
     * {@code waitingSinceMs} is when a finding not forwarded yet began to wait for the stories (0 once forwarded), and
     * {@code waitedWindows} the group's earlier windows that waited with it, oldest first.
     */
    record LatestTrend(String rule, String groupKey, Trend trend, long keptAtMs, long waitingSinceMs,
                       List<Trend> waitedWindows) {

        /** Most earlier windows a waiting group keeps: a burst gains one per article, the last ones say the most. */
        static final int MAX_WAITED_WINDOWS = 20;

        LatestTrend {
            waitedWindows = waitedWindows == null ? List.of() : List.copyOf(waitedWindows);
        }

        boolean waiting() {
            return waitingSinceMs > 0;
        }

        /** This waiting group with {@code next} among its windows: the latest by window end is the one judged. */
        LatestTrend with(Trend next, long now) {
            List<Trend> all = new ArrayList<>(waitedWindows);
            all.add(trend);
            all.removeIf(t -> sameWindow(t, next));
            all.add(next);
            all.sort(Comparator.comparing(Trend::windowEnd, Comparator.nullsFirst(Comparator.naturalOrder())));
            Trend last = all.remove(all.size() - 1);
            List<Trend> earlier = all.subList(Math.max(0, all.size() - MAX_WAITED_WINDOWS), all.size());
            return new LatestTrend(rule, groupKey, last, now, waitingSinceMs, earlier);
        }

        private static boolean sameWindow(Trend a, Trend b) {
            return Objects.equals(a.windowStart(), b.windowStart()) && Objects.equals(a.windowEnd(), b.windowEnd());
        }
    }

    /** The value of {@value #JOINED_STORE}: the story a group's alert joined, and when (wall clock). */
    record JoinedStory(String storyId, long joinedAtMs) {
    }

    private final Function<ProcessorContext<String, Finding>, RuleSet> ruleFactory;
    private final Function<ProcessorContext<String, Finding>, GroupAlerts> alertsFactory;
    private ProcessorContext<String, Finding> context;
    private RuleSet rules;
    private GroupAlerts groupAlerts;
    private KeyValueStore<String, LatestTrend> latest;
    private KeyValueStore<String, JoinedStory> joined;

    /** @param alertsFactory the groups' live alerts, once the processor's context (and its stores) are known */
    TrendRulesProcessor(Function<ProcessorContext<String, Finding>, RuleSet> ruleFactory,
                        Function<ProcessorContext<String, Finding>, GroupAlerts> alertsFactory) {
        this.ruleFactory = ruleFactory;
        this.alertsFactory = alertsFactory;
    }

    @Override
    public void init(ProcessorContext<String, Finding> context) {
        this.context = context;
        this.rules = ruleFactory.apply(context);
        this.groupAlerts = alertsFactory.apply(context);
        this.latest = context.getStateStore(STORE);
        this.joined = context.getStateStore(JOINED_STORE);
        context.schedule(RECHECK, PunctuationType.WALL_CLOCK_TIME, this::recheck);
    }

    @Override
    public void process(Record<String, Trend> record) {
        if (record.value() == null) {
            return;
        }
        List<Finding> findings;
        try {
            findings = rules.onTrend(record.value(), this::joinedStory);
        } catch (RuntimeException e) {
            LOG.warn("event=rule-failed input-key={} error=\"{}\"", record.key(), e.toString());
            return;
        }
        for (Finding f : findings) {
            if (waitsForStories(f, record.value())) {
                holdForStories(f, record.value());
                continue;
            }
            keep(f, record.value());
            rememberStory(f, record.value());
            context.forward(record.withKey(f.groupKey()).withValue(f));
        }
    }

    /**
     * True for a finding that would raise a new alert, or join one on a tie, while its event is not settled
     * ({@link #unsettled}): its own group has neither forwarded a finding of this rule nor a live alert. A group
     * already alerted takes its updates at once.
     */
    private boolean waitsForStories(Finding f, Trend trend) {
        if (rules.waitForStoriesSeconds() == 0 || f.clears() || !unsettled(f, trend)) {
            return false;
        }
        String own = rules.ownGroup(f.rule(), trend);
        if (own == null) {
            return false;
        }
        LatestTrend known = latest.get(f.rule() + "#" + own);
        return (known == null || known.waiting()) && !groupAlerts.live(own);
    }

    /**
     * True when no story speaks for the finding, or it joins a story's alert only on a tie with another story's
     * (issue 11: the demo's landslide bursts held 2 of 5 samples in the dam rumour's story and 2 in a forum thread's,
     * and joined the rumour's alert for 10 s, until the thread merged into the landslide's story).
     */
    private boolean unsettled(Finding f, Trend trend) {
        return f.storyId() == null || f.signals().stream().anyMatch(s -> TrendSamples.COVERED_BY_ALERTS.equals(s.name()))
                && rules.joinsOnATie(f.rule(), trend, this::joinedStory);
    }

    /** Keeps the finding's trend as waiting for the stories, under its own group, from when that group began to wait. */
    private void holdForStories(Finding f, Trend trend) {
        String own = rules.ownGroup(f.rule(), trend);
        String key = f.rule() + "#" + own;
        LatestTrend known = latest.get(key);
        long now = context.currentSystemTimeMs();
        if (known == null) {
            LOG.info("event=finding-waits rule={} group=\"{}\" wait-s={}", f.rule(), own,
                    rules.waitForStoriesSeconds());
            latest.put(key, new LatestTrend(f.rule(), own, trend, now, now, List.of()));
        } else {
            latest.put(key, known.with(trend, now));
        }
    }

    /**
     * A window whose samples are mostly one story makes its topic-and-place group that story's, as a regroup does:
     * the group's other windows, an overlapping one raised earlier or a later one, then join the story's alert while
     * the story holds more of their samples than any other (issue 11: an expressway opening in Đồng Nai was two
     * alerts, from the province's traffic windows of 14–18 and 15–19 March).
     */
    private void rememberStory(Finding f, Trend trend) {
        if (f.storyId() == null || f.signals().stream().anyMatch(s -> TrendSamples.JOINED_STORY.equals(s.name())
                || TrendSamples.COVERED_BY_ALERTS.equals(s.name()))) {
            return;
        }
        String own = rules.ownGroup(f.rule(), trend);
        JoinedStory known = own == null ? null : joined.get(own);
        if (own != null && !own.equals(f.groupKey()) && (known == null || !f.storyId().equals(known.storyId()))) {
            joined.put(own, new JoinedStory(f.storyId(), context.currentSystemTimeMs()));
        }
    }

    private void keep(Finding f, Trend trend) {
        String key = f.rule() + "#" + f.groupKey();
        LatestTrend known = latest.get(key);
        // an earlier window arriving late must not replace the group's latest one
        if (known == null || known.trend().windowEnd() == null || trend.windowEnd() == null
                || !trend.windowEnd().isBefore(known.trend().windowEnd())) {
            latest.put(key, new LatestTrend(f.rule(), f.groupKey(), trend, context.currentSystemTimeMs(), 0, List.of()));
        }
    }

    /** The story the alert of {@code groupKey} joined, within {@code regroup-after-hours} of joining it. */
    private Optional<String> joinedStory(String groupKey) {
        JoinedStory j = joined.get(groupKey);
        long horizon = context.currentSystemTimeMs() - Duration.ofHours(rules.regroupAfterHours()).toMillis();
        return j == null || j.joinedAtMs() < horizon ? Optional.empty() : Optional.ofNullable(j.storyId());
    }

    /** Re-runs the rules on each group's latest trend and moves the finding when its group has changed. */
    private void recheck(long now) {
        long horizon = now - Duration.ofHours(rules.regroupAfterHours()).toMillis();
        List<KeyValue<String, LatestTrend>> entries = new ArrayList<>();
        try (KeyValueIterator<String, LatestTrend> it = latest.all()) {
            it.forEachRemaining(entries::add);
        }
        List<String> over = new ArrayList<>();
        try (KeyValueIterator<String, JoinedStory> it = joined.all()) {
            it.forEachRemaining(j -> {
                if (j.value.joinedAtMs() < horizon) {
                    over.add(j.key);
                }
            });
        }
        over.forEach(joined::delete);
        for (KeyValue<String, LatestTrend> e : entries) {
            LatestTrend kept = e.value;
            if (kept.keptAtMs() < horizon) {
                latest.delete(e.key);
                continue;
            }
            List<Finding> again;
            try {
                again = rules.onTrend(kept.trend(), this::joinedStory).stream()
                        .filter(f -> f.rule().equals(kept.rule())).toList();
            } catch (RuntimeException ex) {
                LOG.warn("event=rule-failed group={} error=\"{}\"", kept.groupKey(), ex.toString());
                continue;
            }
            if (kept.waiting()) {
                endWait(e.key, kept, again, now);
                continue;
            }
            if (again.isEmpty()) {
                latest.delete(e.key);
                TrendSamples samples = rules.samples(kept.trend(), joinedStory(kept.groupKey()));
                if (samples.unrelated()) {
                    // fired before its articles were known; now they are, they turn out to be unrelated reports
                    LOG.info("event=finding-unrelated rule={} group=\"{}\" samples={}", kept.rule(), kept.groupKey(),
                            samples.found());
                    context.forward(new Record<>(kept.groupKey(), Finding.cleared(kept.rule(), kept.groupKey(),
                            Wording.unrelatedSamples(samples.found()), Instant.ofEpochMilli(now)), now));
                }
                continue;
            }
            Finding moved = again.get(0);
            if (moved.groupKey().equals(kept.groupKey())) {
                continue;
            }
            LOG.info("event=finding-regrouped rule={} from=\"{}\" to=\"{}\"", kept.rule(), kept.groupKey(),
                    moved.groupKey());
            latest.delete(e.key);
            keep(moved, kept.trend());
            if (!kept.groupKey().startsWith(TrendSamples.storyGroupKey(""))) {
                joined.put(kept.groupKey(), new JoinedStory(moved.storyId(), now));
            }
            Optional<Alert> carried = groupAlerts.toCarry(kept.groupKey(), moved.groupKey());
            if (carried.isPresent()) {
                LOG.info("event=alert-carried rule={} id={} from=\"{}\" to=\"{}\"", kept.rule(), carried.get().id(),
                        kept.groupKey(), moved.groupKey());
                context.forward(new Record<>(moved.groupKey(), moved.carrying(carried.get()), now));
                context.forward(new Record<>(kept.groupKey(), Finding.handedOver(kept.rule(), kept.groupKey(),
                        carried.get(), Instant.ofEpochMilli(now)), now));
                continue;
            }
            context.forward(new Record<>(moved.groupKey(), moved, now));
            context.forward(new Record<>(kept.groupKey(), Finding.cleared(kept.rule(), kept.groupKey(),
                    why(kept.groupKey(), kept.trend(), moved), Instant.ofEpochMilli(now)), now));
        }
    }

    /**
     * A waiting finding, re-judged: forwarded to the story that now speaks for it, or to its own group once its wait is
     * over; dropped when the rules no longer fire on its trend (it never raised anything). The group's earlier windows
     * that waited with it go first, those that still fire into the same group, so the alert lists their articles as it
     * would have had it fired at once.
     */
    private void endWait(String key, LatestTrend kept, List<Finding> again, long now) {
        long waitedMs = now - kept.waitingSinceMs();
        if (again.isEmpty()) {
            latest.delete(key);
            LOG.info("event=finding-dropped-waiting rule={} group=\"{}\" waited-ms={}", kept.rule(), kept.groupKey(),
                    waitedMs);
            return;
        }
        Finding f = again.get(0);
        boolean over = waitedMs >= rules.waitForStoriesSeconds() * 1000L;
        if (unsettled(f, kept.trend()) && !over && !groupAlerts.live(kept.groupKey())) {
            return;
        }
        latest.delete(key);
        LOG.info("event=finding-waited rule={} group=\"{}\" to=\"{}\" waited-ms={} windows={}", kept.rule(),
                kept.groupKey(), f.groupKey(), waitedMs, kept.waitedWindows().size() + 1);
        for (Trend earlier : kept.waitedWindows()) {
            try {
                rules.onTrend(earlier, this::joinedStory).stream()
                        .filter(e -> e.rule().equals(kept.rule()) && e.groupKey().equals(f.groupKey()))
                        .forEach(e -> {
                            keep(e, earlier);
                            context.forward(new Record<>(e.groupKey(), e, now));
                        });
            } catch (RuntimeException ex) {
                LOG.warn("event=rule-failed group={} error=\"{}\"", kept.groupKey(), ex.toString());
            }
        }
        keep(f, kept.trend());
        rememberStory(f, kept.trend());
        context.forward(new Record<>(f.groupKey(), f, now));
    }

    /** The old group's reason to resolve: which story the trend's samples now belong to, and how many of them. */
    private String why(String groupKey, Trend trend, Finding moved) {
        TrendSamples now = rules.samples(trend, joinedStory(groupKey));
        int samples = trend.sampleArticleIds() == null ? 0 : trend.sampleArticleIds().size();
        return Wording.regrouped(now.storyHeadline() == null ? moved.title() : now.storyHeadline(), moved.storyId(),
                now.refs().size(), samples);
    }
}
