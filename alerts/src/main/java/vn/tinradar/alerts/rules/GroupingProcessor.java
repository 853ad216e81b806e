package vn.tinradar.alerts.rules;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.event.Alert;

/**
 * Applies one rule to each record and folds its findings into the group store, forwarding the alert (keyed by
 * its stable id) only when the group is new or has grown. The store lives in the task of the input key, and the
 * group is derived from that key, so a group is always handled by the same task; under exactly-once the store
 * and the output commit together, so a replay neither loses nor repeats an alert.
 */
final class GroupingProcessor<V> implements Processor<String, V, String, Alert> {

    private static final Logger LOG = LoggerFactory.getLogger(GroupingProcessor.class);

    private final String storeName;
    private final Function<ProcessorContext<String, Alert>, RuleSet> ruleFactory;
    private final BiFunction<RuleSet, V, List<Finding>> evaluate;
    private RuleSet rules;
    private final Consumer<Alert> onNewAlert;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, AlertGrouping.GroupState> groups;

    /**
     * @param ruleFactory makes the rules once the processor's context (and its stores) are known
     * @param evaluate which of the rules apply to this input
     */
    GroupingProcessor(String storeName, Function<ProcessorContext<String, Alert>, RuleSet> ruleFactory,
                      BiFunction<RuleSet, V, List<Finding>> evaluate, Consumer<Alert> onNewAlert) {
        this.storeName = storeName;
        this.ruleFactory = ruleFactory;
        this.evaluate = evaluate;
        this.onNewAlert = onNewAlert;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.groups = context.getStateStore(storeName);
        this.rules = ruleFactory.apply(context);
    }

    @Override
    public void process(Record<String, V> record) {
        List<Finding> findings;
        try {
            findings = record.value() == null ? List.of() : evaluate.apply(rules, record.value());
        } catch (RuntimeException e) {
            // one odd record must not stop the stream thread: log it and go on
            LOG.warn("event=rule-failed store={} key={} error=\"{}\"", storeName, record.key(), e.toString());
            return;
        }
        for (Finding f : findings) {
            fold(record, f);
        }
    }

    private void fold(Record<String, V> record, Finding f) {
        fold(groups, rules.grouping(), f, Instant.ofEpochMilli(context.currentSystemTimeMs()), onNewAlert)
                .forEach(alert -> context.forward(record.withKey(alert.id()).withValue(alert)));
    }

    /**
     * Folds one finding into its group in {@code groups}; returns the alerts to forward, in order: none when nothing
     * changed; the alert when the group is new, has grown or was resolved by its rule; the previous alert resolved
     * as replaced and then the new one when a new generation starts while the previous still fires.
     */
    static List<Alert> fold(KeyValueStore<String, AlertGrouping.GroupState> groups, AlertGrouping grouping,
                            Finding f, Instant now, Consumer<Alert> onNewAlert) {
        AlertGrouping.GroupState previous = groups.get(f.groupKey());
        Optional<AlertGrouping.GroupState> next = grouping.apply(previous, f, now);
        if (next.isEmpty()) {
            return List.of();
        }
        Alert alert = next.get().alert();
        groups.put(f.groupKey(), next.get());
        if (f.handsOver()) {
            // the alert lives on in the group its stories merged into: nothing to tell staff from here
            LOG.info("event=alert-handed-over rule={} id={} group=\"{}\"", alert.rule(), alert.id(), f.groupKey());
            return List.of();
        }
        if (f.carried() != null && alert.id().equals(f.carried().id())) {
            LOG.info("event=alert-carried rule={} id={} revision={} group=\"{}\"", alert.rule(), alert.id(),
                    alert.revision(), f.groupKey());
        }
        Optional<Alert> replaced = grouping.replaced(previous, next.get(), now);
        replaced.ifPresent(old -> LOG.info("event=alert-replaced rule={} id={} by={}", old.rule(), old.id(),
                alert.id()));
        if (alert.revision() == 1) {
            onNewAlert.accept(alert);
        }
        String event = alert.revision() == 1 ? "fired" : alert.status() == vn.tinradar.common.event.AlertStatus.RESOLVED
                ? "cleared" : "grown";
        LOG.info("event=alert-{} rule={} id={} revision={} severity={}", event, alert.rule(), alert.id(),
                alert.revision(), alert.severity().id());
        return replaced.map(old -> List.of(old, alert)).orElse(List.of(alert));
    }
}
