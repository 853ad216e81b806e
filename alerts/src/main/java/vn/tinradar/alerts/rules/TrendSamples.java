package vn.tinradar.alerts.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.event.Trend;

/**
 * A trend's sample articles as the trend rules use them: titles and links, the story most of them belong to, and
 * when they were published.
 *
 * <p>One event is usually counted in several trends at once (the commune, the former district and the province
 * it names; the disaster and the infrastructure topics). Grouping those findings by their dominant story turns
 * them into one alert per story instead of one per place and topic.
 *
 * @param refs the samples, a bare id for one not found (yet) in articles.scored; only the dominant story's when
 *             there is one
 * @param dominantStory the story of at least {@link #DOMINANT_SHARE} of the samples that were found, if any
 * @param storyHeadline the title of the dominant story's earliest sample
 * @param firstPublished the earliest publication time among the samples (of the dominant story when there is
 *                       one), null when none is known
 * @param lastPublished the latest, never after the trend's window end
 * @param joined true when the story speaks for the trend only because the trend's group already joined it (see
 *               {@link #of(Trend, Function, Optional)}), not by holding {@link #DOMINANT_SHARE} of the samples
 * @param inStory how many of the found samples are in the dominant story
 * @param found how many samples were found in articles.scored
 */
record TrendSamples(List<ArticleRef> refs, Optional<String> dominantStory, String storyHeadline,
                    Instant firstPublished, Instant lastPublished, boolean joined, int inStory, int found) {

    /** Share of the found samples one story must hold to speak for the trend. */
    static final double DOMINANT_SHARE = 0.6;
    /** Signal of a finding whose story speaks for it because its group joined that story earlier. */
    static final String JOINED_STORY = "joined-story";

    static TrendSamples of(Trend trend, Function<String, Optional<ScoredArticle>> lookup) {
        return of(trend, lookup, Optional.empty());
    }

    /**
     * The samples, where {@code joinedStory} is the story the trend's group was found to be about (its earlier
     * alert joined that story's): a later window of the group stays with that story while the story holds more of
     * the found samples than any other, even below {@link #DOMINANT_SHARE}, so one place's coverage of one event does
     * not come back as a second alert.
     */
    static TrendSamples of(Trend trend, Function<String, Optional<ScoredArticle>> lookup, Optional<String> joinedStory) {
        List<ArticleRef> refs = new ArrayList<>();
        List<ScoredArticle> found = new ArrayList<>();
        Map<String, List<ScoredArticle>> byStory = new LinkedHashMap<>();
        for (String id : trend.sampleArticleIds() == null ? List.<String>of() : trend.sampleArticleIds()) {
            Optional<ScoredArticle> scored = lookup.apply(id).filter(s -> s.article() != null);
            refs.add(scored.map(s -> ArticleRef.of(s.article())).orElse(new ArticleRef(id, null, null, null, null, null)));
            scored.ifPresent(s -> {
                found.add(s);
                if (s.storyId() != null) {
                    byStory.computeIfAbsent(s.storyId(), k -> new ArrayList<>()).add(s);
                }
            });
        }
        Optional<Map.Entry<String, List<ScoredArticle>>> dominant = byStory.entrySet().stream()
                .filter(e -> e.getValue().size() >= Math.ceil(DOMINANT_SHARE * found.size()))
                .max(Comparator.comparingInt(e -> e.getValue().size()));
        boolean joined = false;
        if (dominant.isEmpty() && joinedStory.isPresent() && byStory.containsKey(joinedStory.get())) {
            int held = byStory.get(joinedStory.get()).size();
            boolean largest = byStory.entrySet().stream()
                    .allMatch(e -> e.getKey().equals(joinedStory.get()) || e.getValue().size() < held);
            if (largest) {
                dominant = byStory.entrySet().stream().filter(e -> e.getKey().equals(joinedStory.get())).findFirst();
                joined = true;
            }
        }
        // an alert about the story lists and dates the story's articles, not the others counted in the same window
        List<ScoredArticle> dated = dominant.map(Map.Entry::getValue).orElse(found);
        List<Instant> times = dated.stream().filter(s -> s.article().published() != null)
                .map(s -> s.article().published().toInstant()).sorted().toList();
        Instant first = times.isEmpty() ? null : times.get(0);
        Instant last = times.isEmpty() ? null : times.get(times.size() - 1);
        if (last != null && trend.windowEnd() != null && last.isAfter(trend.windowEnd())) {
            last = trend.windowEnd();
        }
        String headline = dominant.flatMap(e -> e.getValue().stream()
                .min(Comparator.comparing(TrendSamples::publishedOrMax)).map(s -> s.article().title())).orElse(null);
        List<ArticleRef> listed = dominant.isPresent() ? dated.stream().map(s -> ArticleRef.of(s.article())).toList()
                : List.copyOf(refs);
        return new TrendSamples(listed, dominant.map(Map.Entry::getKey), headline, first, last, joined,
                dominant.map(e -> e.getValue().size()).orElse(0), found.size());
    }

    /** {@code signals}, and when the story speaks for the trend because its group joined it, why. */
    List<Signal> explained(List<Signal> signals) {
        if (!joined) {
            return signals;
        }
        List<Signal> all = new ArrayList<>(signals);
        all.add(new Signal(JOINED_STORY, inStory, Wording.joinedStory(storyHeadline, dominantStory.orElse(""), inStory,
                found)));
        return List.copyOf(all);
    }

    /** The group of the finding: its story's when one dominates, else {@code otherwise}. */
    String groupKey(String otherwise) {
        return dominantStory.map(TrendSamples::storyGroupKey).orElse(otherwise);
    }

    /** What a title adds to name the dominant story: {@code — “headline”}, or nothing. */
    String storySuffix() {
        return dominantStory.isPresent() && storyHeadline != null ? " — “" + storyHeadline + "”" : "";
    }

    /**
     * The group of every trend finding (topic-burst, negative-surge) about one story: a burst and a negative surge of
     * the same event are one alert, worded by the stronger finding.
     */
    static String storyGroupKey(String storyId) {
        return "story-trend|" + storyId;
    }

    /** When the samples were first seen: their earliest publication, else the window's start. */
    Instant seenFrom(Trend trend) {
        return firstPublished != null ? firstPublished : trend.windowStart();
    }

    /** When the samples were last seen: their latest publication, else the window's start (never a future end). */
    Instant seenTo(Trend trend) {
        return lastPublished != null ? lastPublished : trend.windowStart();
    }

    private static Instant publishedOrMax(ScoredArticle s) {
        return s.article().published() == null ? Instant.MAX : s.article().published().toInstant();
    }
}
