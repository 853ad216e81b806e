package vn.tinradar.alerts.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import vn.tinradar.common.event.Trend;

/**
 * Applies the trend rules (topic-burst, negative-surge) to each trend and forwards every finding keyed by its group
 * key, for the repartition that brings all findings of one group (a story's places and topics) to one task.
 *
 * <p>A finding is grouped by what was known when its trend arrived: its sample articles may not be in articles.scored
 * yet, or may sit in two stories that a later bridging report merges. So the latest trend of each group is kept in
 * {@value #STORE} and the rules re-run on it every {@link #RECHECK} of wall-clock time. When the same trend now
 * belongs to another group (its samples turned out to be mostly one story), the finding goes to that group and the
 * old group's alert is resolved, saying which alert carries on: one event, one firing alert. Entries are dropped
 * once their group would start a fresh alert anyway ({@code regroup-after-hours}) or the rules no longer fire on
 * them. A rule that throws on a record is logged and the record skipped.
 */
final class TrendRulesProcessor implements Processor<String, Trend, String, Finding> {

    /** Store: rule + group key → the latest trend that raised a finding of that rule in that group. */
    static final String STORE = "alerts-trend-latest";
    /** How often findings are checked against what is known now: merges come seconds to minutes after a burst. */
    static final Duration RECHECK = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(TrendRulesProcessor.class);

    /** The value of {@value #STORE}: the trend behind a group's finding and when (wall clock) it was kept. */
    record LatestTrend(String rule, String groupKey, Trend trend, long keptAtMs) {
    }

    private final Function<ProcessorContext<String, Finding>, RuleSet> ruleFactory;
    private ProcessorContext<String, Finding> context;
    private RuleSet rules;
    private KeyValueStore<String, LatestTrend> latest;

    TrendRulesProcessor(Function<ProcessorContext<String, Finding>, RuleSet> ruleFactory) {
        this.ruleFactory = ruleFactory;
    }

    @Override
    public void init(ProcessorContext<String, Finding> context) {
        this.context = context;
        this.rules = ruleFactory.apply(context);
        this.latest = context.getStateStore(STORE);
        context.schedule(RECHECK, PunctuationType.WALL_CLOCK_TIME, this::recheck);
    }

    @Override
    public void process(Record<String, Trend> record) {
        if (record.value() == null) {
            return;
        }
        List<Finding> findings;
        try {
            findings = rules.onTrend(record.value());
        } catch (RuntimeException e) {
            LOG.warn("event=rule-failed input-key={} error=\"{}\"", record.key(), e.toString());
            return;
        }
        for (Finding f : findings) {
            keep(f, record.value());
            context.forward(record.withKey(f.groupKey()).withValue(f));
        }
    }

    private void keep(Finding f, Trend trend) {
        String key = f.rule() + "#" + f.groupKey();
        LatestTrend known = latest.get(key);
        // an earlier window arriving late must not replace the group's latest one
        if (known == null || known.trend().windowEnd() == null || trend.windowEnd() == null
                || !trend.windowEnd().isBefore(known.trend().windowEnd())) {
            latest.put(key, new LatestTrend(f.rule(), f.groupKey(), trend, context.currentSystemTimeMs()));
        }
    }

    /** Re-runs the rules on each group's latest trend and moves the finding when its group has changed. */
    private void recheck(long now) {
        long horizon = now - Duration.ofHours(rules.regroupAfterHours()).toMillis();
        List<KeyValue<String, LatestTrend>> entries = new ArrayList<>();
        try (KeyValueIterator<String, LatestTrend> it = latest.all()) {
            it.forEachRemaining(entries::add);
        }
        for (KeyValue<String, LatestTrend> e : entries) {
            LatestTrend kept = e.value;
            if (kept.keptAtMs() < horizon) {
                latest.delete(e.key);
                continue;
            }
            List<Finding> again;
            try {
                again = rules.onTrend(kept.trend()).stream().filter(f -> f.rule().equals(kept.rule())).toList();
            } catch (RuntimeException ex) {
                LOG.warn("event=rule-failed group={} error=\"{}\"", kept.groupKey(), ex.toString());
                continue;
            }
            if (again.isEmpty()) {
                latest.delete(e.key);
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
            context.forward(new Record<>(moved.groupKey(), moved, now));
            context.forward(new Record<>(kept.groupKey(), Finding.cleared(kept.rule(), kept.groupKey(),
                    why(kept.trend(), moved), Instant.ofEpochMilli(now)), now));
        }
    }

    /** The old group's reason to resolve: which story the trend's samples now belong to, and how many of them. */
    private String why(Trend trend, Finding moved) {
        TrendSamples now = rules.samples(trend);
        int samples = trend.sampleArticleIds() == null ? 0 : trend.sampleArticleIds().size();
        return Wording.regrouped(now.storyHeadline() == null ? moved.title() : now.storyHeadline(), moved.storyId(),
                now.refs().size(), samples);
    }
}
