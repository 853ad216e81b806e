package vn.tinradar.alerts.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.event.Alert;

/**
 * Follows the coverage of each draft policy under consultation: raises {@code policy-negative} when it turns
 * negative and {@code policy-silent} when it stops. Input: {@link PolicyMention}s keyed by policy id, through a
 * one-partition repartition topic, so a single task sees every policy (including one never named, which no input
 * record would bring). State: {@value AlertsTopology#POLICY_COVERAGE_STORE} (latest mention per policy, one small
 * record per configured policy), {@value AlertsTopology#POLICY_STORIES_STORE} (latest mention per policy and
 * story, kept for {@link PolicyNegativeRule#WINDOW}) and {@value AlertsTopology#POLICY_GROUPS_STORE} (the alerts
 * per policy). Every few minutes of wall-clock time, and on every mention, each configured policy is checked
 * against both rules.
 */
final class PolicyCoverageProcessor implements Processor<String, PolicyMention, String, Alert> {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyCoverageProcessor.class);
    static final Duration CHECK_EVERY = Duration.ofMinutes(5);

    private final Supplier<AlertsConfig> config;
    private final Consumer<Alert> onNewAlert;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, PolicyMention> latest;
    private KeyValueStore<String, PolicyMention> stories;
    private KeyValueStore<String, AlertGrouping.GroupState> groups;

    PolicyCoverageProcessor(Supplier<AlertsConfig> config, Consumer<Alert> onNewAlert) {
        this.config = config;
        this.onNewAlert = onNewAlert;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.latest = context.getStateStore(AlertsTopology.POLICY_COVERAGE_STORE);
        this.stories = context.getStateStore(AlertsTopology.POLICY_STORIES_STORE);
        this.groups = context.getStateStore(AlertsTopology.POLICY_GROUPS_STORE);
        context.schedule(CHECK_EVERY, PunctuationType.WALL_CLOCK_TIME, now -> checkAll(Instant.ofEpochMilli(now)));
    }

    @Override
    public void process(Record<String, PolicyMention> record) {
        PolicyMention m = record.value();
        if (m != null && m.policyId() != null && m.retracted()) {
            if (stories.delete(storyKey(m.policyId(), m.storyId())) != null) {
                checkAll(Instant.ofEpochMilli(context.currentSystemTimeMs()));
            }
            return;
        }
        if (m == null || m.policyId() == null || m.lastSeen() == null) {
            return;
        }
        PolicyMention known = latest.get(m.policyId());
        if (known == null || m.lastSeen().isAfter(known.lastSeen())) {
            latest.put(m.policyId(), m);
        }
        if (m.storyId() != null) {
            stories.put(storyKey(m.policyId(), m.storyId()), m);
        }
        checkAll(Instant.ofEpochMilli(context.currentSystemTimeMs()));
    }

    private static String storyKey(String policyId, String storyId) {
        return policyId + "|" + storyId;
    }

    /** The stories naming {@code policyId} seen within the negative rule's window; older ones are dropped. */
    private List<PolicyMention> recentStories(String policyId, Instant now) {
        Instant horizon = now.minus(PolicyNegativeRule.WINDOW);
        List<PolicyMention> recent = new ArrayList<>();
        List<String> old = new ArrayList<>();
        try (KeyValueIterator<String, PolicyMention> it = stories.prefixScan(policyId + "|", new StringSerializer())) {
            it.forEachRemaining(kv -> {
                if (kv.value == null || kv.value.lastSeen() == null || kv.value.lastSeen().isBefore(horizon)) {
                    old.add(kv.key);
                } else {
                    recent.add(kv.value);
                }
            });
        }
        old.forEach(stories::delete);
        return recent;
    }

    private void checkAll(Instant now) {
        AlertsConfig c = config.get();
        PolicySilentRule silent = new PolicySilentRule(c.rules().draftPolicies());
        PolicyNegativeRule negative = new PolicyNegativeRule(c.rules().draftPolicies(), c.maxArticlesPerAlert());
        AlertGrouping grouping = new AlertGrouping(c.maxArticlesPerAlert(), Duration.ofHours(c.regroupAfterHours()));
        for (AlertsConfig.Policy p : c.rules().draftPolicies().policies()) {
            try {
                negative.evaluate(p, recentStories(p.id(), now), now).ifPresent(f -> raise(f, grouping, now));
            } catch (RuntimeException e) {
                LOG.warn("event=rule-failed rule={} policy={} error=\"{}\"", PolicyNegativeRule.NAME, p.id(),
                        e.toString());
            }
            try {
                silent.evaluate(p, latest.get(p.id()), now).ifPresent(f -> raise(f, grouping, now));
            } catch (RuntimeException e) {
                LOG.warn("event=rule-failed rule={} policy={} error=\"{}\"", PolicySilentRule.NAME, p.id(), e.toString());
            }
        }
    }

    private void raise(Finding f, AlertGrouping grouping, Instant now) {
        GroupingProcessor.fold(groups, grouping, f, now, onNewAlert)
                .forEach(alert -> context.forward(new Record<>(alert.id(), alert, now.toEpochMilli())));
    }
}
