package vn.tinradar.analyze.pipeline.cluster;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The most sources that published one text (one copy root) within a window: a window of length T slides over the
 * publication times of each text's copies, counting distinct sources inside it. What both copy-spread signals
 * measure, over the members each of them counts.
 *
 * @param sources the sources inside the widest window, in publication order
 * @param minutes from the first to the last copy inside it
 */
record SameTextBurst(List<String> sources, long minutes) {

    static Optional<SameTextBurst> widest(List<StoryMember> members, Duration window) {
        Map<String, List<StoryMember>> byText = members.stream().collect(Collectors.groupingBy(StoryMember::root));
        SameTextBurst best = null;
        for (List<StoryMember> group : byText.values()) {
            List<StoryMember> sorted = group.stream().sorted(Comparator.comparing(StoryMember::published)).toList();
            for (int start = 0; start < sorted.size(); start++) {
                StoryMember first = sorted.get(start);
                StoryMember last = first;
                Set<String> sources = new LinkedHashSet<>();
                for (StoryMember m : sorted.subList(start, sorted.size())) {
                    if (Duration.between(first.published(), m.published()).compareTo(window) > 0) {
                        break;
                    }
                    sources.add(m.sourceLabel());
                    last = m;
                }
                if (best == null || sources.size() > best.sources().size()) {
                    best = new SameTextBurst(List.copyOf(sources),
                            Duration.between(first.published(), last.published()).toMinutes());
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
