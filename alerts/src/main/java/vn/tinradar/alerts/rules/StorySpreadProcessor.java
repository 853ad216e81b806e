package vn.tinradar.alerts.rules;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.Story;

/**
 * Rule {@code story-spread} on each story, keyed by the group its finding joins; and, for a story that absorbed
 * others, the live alerts of the absorbed stories' groups: each moves to this story's group when that group has no
 * live alert of its own (the alert keeps its id), or is resolved naming this story when it has one. Without this an
 * event whose halves were first two stories kept one alert per half (a live demo run: the landslide's burst and its
 * spread alert both firing after its two stories merged).
 */
final class StorySpreadProcessor implements Processor<String, Story, String, Finding> {

    private static final Logger LOG = LoggerFactory.getLogger(StorySpreadProcessor.class);

    private final Function<ProcessorContext<?, ?>, RuleSet> rulesOf;
    private final Function<ProcessorContext<?, ?>, Supplier<? extends Collection<Alert>>> alertsOf;
    private final Function<ProcessorContext<?, ?>, StoryMerges> mergesOf;
    private ProcessorContext<String, Finding> context;
    private RuleSet rules;
    private Supplier<? extends Collection<Alert>> alerts;
    private StoryMerges merges;

    /**
     * @param alertsOf every alert as the alerts topic holds it now, or none when that topic is not read
     * @param mergesOf the story an absorbed story id is part of now
     */
    StorySpreadProcessor(Function<ProcessorContext<?, ?>, RuleSet> rulesOf,
                         Function<ProcessorContext<?, ?>, Supplier<? extends Collection<Alert>>> alertsOf,
                         Function<ProcessorContext<?, ?>, StoryMerges> mergesOf) {
        this.rulesOf = rulesOf;
        this.alertsOf = alertsOf;
        this.mergesOf = mergesOf;
    }

    @Override
    public void init(ProcessorContext<String, Finding> context) {
        this.context = context;
        this.rules = rulesOf.apply(context);
        this.alerts = alertsOf.apply(context);
        this.merges = mergesOf.apply(context);
    }

    @Override
    public void process(Record<String, Story> record) {
        Story story = record.value();
        if (story == null || story.id() == null) {
            return;
        }
        List<Finding> findings;
        try {
            findings = rules.onStorySpread(story);
        } catch (RuntimeException e) {
            LOG.warn("event=rule-failed rule={} story={} error=\"{}\"", StorySpreadRule.NAME, story.id(), e.toString());
            return;
        }
        // an absorbed story's alert reaches this story's group before the story's own finding, which then joins it
        absorbedAlerts(story, record);
        findings.forEach(f -> context.forward(record.withKey(f.groupKey()).withValue(f)));
    }

    private void absorbedAlerts(Story story, Record<String, Story> record) {
        Collection<Alert> all = alerts.get();
        String group = TrendSamples.storyGroupKey(story.id());
        boolean groupHasAlert = GroupAlerts.liveIn(all, group).isPresent();
        Instant now = Instant.ofEpochMilli(record.timestamp());
        for (Alert a : all) {
            String from = absorbedGroup(a, story.id(), all);
            if (from == null) {
                continue;
            }
            if (groupHasAlert) {
                LOG.info("event=alert-merged id={} from=\"{}\" into=\"{}\"", a.id(), from, group);
                context.forward(record.withKey(from).withValue(Finding.cleared(a.rule(), from,
                        Wording.storyMerged(story.title(), story.id()), now)));
            } else {
                LOG.info("event=alert-carried id={} from=\"{}\" to=\"{}\"", a.id(), from, group);
                context.forward(record.withKey(group).withValue(restated(a, group, story.id()).carrying(a)));
                context.forward(record.withKey(from).withValue(Finding.handedOver(a.rule(), from, a, now)));
                groupHasAlert = true;
            }
        }
    }

    /** The group of {@code a} when it is the live alert of a story since absorbed into {@code storyId}, else null. */
    private String absorbedGroup(Alert a, String storyId, Collection<Alert> all) {
        if (a == null || a.storyId() == null || a.storyId().equals(storyId)
                || a.status() == AlertStatus.RESOLVED
                || !storyId.equals(merges.current(a.storyId()))) {
            return null;
        }
        String from = TrendSamples.storyGroupKey(a.storyId());
        Optional<Alert> live = GroupAlerts.liveIn(all, from);
        return live.isPresent() && live.get().id().equals(a.id()) ? from : null;
    }

    /** The alert's own content as a finding of the story that absorbed its story, so the group can take it over. */
    private static Finding restated(Alert a, String group, String storyId) {
        return new Finding(a.rule(), group, a.severity(), a.title(), a.summary(), a.suggestedAction(), a.signals(),
                a.articles(), storyId, a.topic(), a.place(), a.firstSeen(), a.lastSeen());
    }
}
