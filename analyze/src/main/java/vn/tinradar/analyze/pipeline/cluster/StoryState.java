package vn.tinradar.analyze.pipeline.cluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.Story;

/**
 * A story as the clusterer keeps it (store {@value StoryClusterer#STORIES_STORE}): its members, from which the
 * published {@link Story} is recomputed on every change, so counts can never drift from the members.
 *
 * @param updatedAt record time of the last change; a story quiet for two story windows is dropped from state
 */
public record StoryState(String id, List<StoryMember> members, long updatedAt) {

    /** Members kept per story; beyond this the oldest copies go first (counts then cover the kept ones). */
    static final int MAX_MEMBERS = 500;

    public StoryState with(StoryMember member, long at) {
        List<StoryMember> next = new ArrayList<>(members.size() + 1);
        for (StoryMember m : members) {
            if (!m.id().equals(member.id())) {
                next.add(m);
            }
        }
        next.add(member);
        if (next.size() > MAX_MEMBERS) {
            next.sort(Comparator.comparing(StoryMember::published));
            next.remove(next.stream().filter(StoryMember::copy).findFirst().orElse(next.get(0)));
        }
        return new StoryState(id, List.copyOf(next), at);
    }

    /** Earliest publication among the members: the story seen first absorbs the others when they merge. */
    public Instant firstSeen() {
        return members.stream().map(StoryMember::published).min(Comparator.naturalOrder()).orElse(Instant.MAX);
    }

    /** This story with the members of {@code other} added (they report the same event). */
    public StoryState absorb(StoryState other, long at) {
        StoryState merged = this;
        for (StoryMember m : other.members()) {
            merged = merged.with(m, at);
        }
        return merged;
    }

    public Story toStory(StorySignals signals, int recentArticles) {
        List<StoryMember> byTime = members.stream().sorted(Comparator.comparing(StoryMember::published)).toList();
        StoryMember first = byTime.get(0);
        // the headline comes from the most trusted tier that reported it, earliest first; a rumour the portal denies is
        // named by its own words, not by the denial's
        StoryMember headline = byTime.stream().filter(m -> !StorySuspicion.officialRefutation(m))
                .min(Comparator.comparingInt(StoryState::tierRank)).orElse(first);
        List<String> sources = byTime.stream().map(StoryMember::sourceLabel).distinct().toList();
        List<SourceTier> tiers = byTime.stream().map(StoryMember::tier).filter(t -> t != null).distinct().toList();
        List<String> lowTier = byTime.stream().filter(StoryMember::lowTier).map(StoryMember::sourceLabel)
                .distinct().toList();
        Map<String, Long> topicCounts = byTime.stream().flatMap(m -> m.topics().stream())
                .collect(Collectors.groupingBy(t -> t, LinkedHashMap::new, Collectors.counting()));
        List<String> topics = topicCounts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
        Map<String, PlaceTag> places = new LinkedHashMap<>();
        byTime.forEach(m -> m.places().forEach(p -> places.putIfAbsent(p.id() != null ? p.id() : p.name(), p)));
        int copies = (int) byTime.stream().filter(StoryMember::copy).count();
        int negatives = (int) byTime.stream().filter(StoryMember::negative).count();
        double maxSuspicion = byTime.stream().mapToDouble(StoryMember::suspicion).max().orElse(0);
        List<StoryMember> recent = new ArrayList<>(byTime);
        java.util.Collections.reverse(recent);
        Instant lastSeen = byTime.get(byTime.size() - 1).published();
        StorySuspicion.Verdict verdict = StorySuspicion.of(byTime, signals.coordinated());
        return new Story(Story.VERSION, id, headline.title(), first.published(), lastSeen, first.sourceLabel(),
                byTime.size(), copies, sources, tiers, lowTier, topics, List.copyOf(places.values()), negatives,
                maxSuspicion, signals.of(byTime),
                recent.stream().limit(recentArticles).map(StoryMember::ref).toList(), verdict.score(),
                verdict.reason());
    }

    private static int tierRank(StoryMember m) {
        if (m.tier() == null) {
            return 9;
        }
        return m.tier().isLowTier() ? 3 : m.tier() == SourceTier.LICENSED_EMAGAZINE ? 2 : 1;
    }
}
