package vn.tinradar.alerts.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.alerts.AlertsConfig;
import vn.tinradar.common.event.Alert;

/**
 * Follows the coverage of each draft policy under consultation and raises {@code policy-silent} when it stops.
 * Input: {@link PolicyMention}s keyed by policy id, through a one-partition repartition topic, so a single task
 * sees every policy (including one never named, which no input record would bring). State:
 * {@value AlertsTopology#POLICY_COVERAGE_STORE} (latest mention per policy, one small record per configured
 * policy) and {@value AlertsTopology#POLICY_GROUPS_STORE} (the alert per policy). Every few minutes of wall-clock
 * time, and on every mention, each configured policy is checked against {@link PolicySilentRule}.
 */
final class PolicyCoverageProcessor implements Processor<String, PolicyMention, String, Alert> {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyCoverageProcessor.class);
    static final Duration CHECK_EVERY = Duration.ofMinutes(5);

    private final Supplier<AlertsConfig> config;
    private final Consumer<Alert> onNewAlert;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, PolicyMention> latest;
    private KeyValueStore<String, AlertGrouping.GroupState> groups;

    PolicyCoverageProcessor(Supplier<AlertsConfig> config, Consumer<Alert> onNewAlert) {
        this.config = config;
        this.onNewAlert = onNewAlert;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.latest = context.getStateStore(AlertsTopology.POLICY_COVERAGE_STORE);
        this.groups = context.getStateStore(AlertsTopology.POLICY_GROUPS_STORE);
        context.schedule(CHECK_EVERY, PunctuationType.WALL_CLOCK_TIME, now -> checkAll(Instant.ofEpochMilli(now)));
    }

    @Override
    public void process(Record<String, PolicyMention> record) {
        PolicyMention m = record.value();
        if (m == null || m.policyId() == null || m.lastSeen() == null) {
            return;
        }
        PolicyMention known = latest.get(m.policyId());
        if (known == null || m.lastSeen().isAfter(known.lastSeen())) {
            latest.put(m.policyId(), m);
        }
        checkAll(Instant.ofEpochMilli(context.currentSystemTimeMs()));
    }

    private void checkAll(Instant now) {
        AlertsConfig c = config.get();
        PolicySilentRule rule = new PolicySilentRule(c.rules().draftPolicies());
        AlertGrouping grouping = new AlertGrouping(c.maxArticlesPerAlert(), Duration.ofHours(c.regroupAfterHours()));
        for (AlertsConfig.Policy p : c.rules().draftPolicies().policies()) {
            try {
                rule.evaluate(p, latest.get(p.id()), now).flatMap(f -> GroupingProcessor.fold(groups, grouping, f, now,
                        onNewAlert)).ifPresent(alert -> context.forward(new Record<>(alert.id(), alert, now.toEpochMilli())));
            } catch (RuntimeException e) {
                LOG.warn("event=rule-failed rule={} policy={} error=\"{}\"", PolicySilentRule.NAME, p.id(), e.toString());
            }
        }
    }
}
