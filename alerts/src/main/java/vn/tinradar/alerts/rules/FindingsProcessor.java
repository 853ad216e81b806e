package vn.tinradar.alerts.rules;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies rules to each record and forwards every finding keyed by its group key, for a repartition that brings
 * all findings of one group to one task. Used where one group gathers records of several input keys: the trends
 * of one story's places and topics. Stateless; a rule that throws on a record is logged and the record skipped.
 */
final class FindingsProcessor<V> implements Processor<String, V, String, Finding> {

    private static final Logger LOG = LoggerFactory.getLogger(FindingsProcessor.class);

    private final Function<ProcessorContext<String, Finding>, RuleSet> ruleFactory;
    private final BiFunction<RuleSet, V, List<Finding>> evaluate;
    private ProcessorContext<String, Finding> context;
    private RuleSet rules;

    FindingsProcessor(Function<ProcessorContext<String, Finding>, RuleSet> ruleFactory,
                      BiFunction<RuleSet, V, List<Finding>> evaluate) {
        this.ruleFactory = ruleFactory;
        this.evaluate = evaluate;
    }

    @Override
    public void init(ProcessorContext<String, Finding> context) {
        this.context = context;
        this.rules = ruleFactory.apply(context);
    }

    @Override
    public void process(Record<String, V> record) {
        if (record.value() == null) {
            return;
        }
        List<Finding> findings;
        try {
            findings = evaluate.apply(rules, record.value());
        } catch (RuntimeException e) {
            LOG.warn("event=rule-failed input-key={} error=\"{}\"", record.key(), e.toString());
            return;
        }
        for (Finding f : findings) {
            context.forward(record.withKey(f.groupKey()).withValue(f));
        }
    }
}
