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
import vn.tinradar.common.event.Trend;

/**
 * A trend's sample articles as the trend rules use them: titles and links, the story most of them belong to, and
 * when they were published.
 *
 * <p>One event is usually counted in several trends at once (the commune, the former district and the province
 * it names; the disaster and the infrastructure topics). Grouping those findings by their dominant story turns
 * them into one alert per story instead of one per place and topic.
 *
 * @param refs the samples, a bare id for one not found (yet) in articles.scored
 * @param dominantStory the story of at least {@link #DOMINANT_SHARE} of the samples that were found, if any
 * @param storyHeadline the title of the dominant story's earliest sample
 * @param firstPublished the earliest publication time among the samples, null when none is known
 * @param lastPublished the latest, never after the trend's window end
 */
record TrendSamples(List<ArticleRef> refs, Optional<String> dominantStory, String storyHeadline,
                    Instant firstPublished, Instant lastPublished) {

    /** Share of the found samples one story must hold to speak for the trend. */
    static final double DOMINANT_SHARE = 0.6;

    static TrendSamples of(Trend trend, Function<String, Optional<ScoredArticle>> lookup) {
        List<ArticleRef> refs = new ArrayList<>();
        Map<String, List<ScoredArticle>> byStory = new LinkedHashMap<>();
        int found = 0;
        Instant first = null;
        Instant last = null;
        for (String id : trend.sampleArticleIds() == null ? List.<String>of() : trend.sampleArticleIds()) {
            Optional<ScoredArticle> scored = lookup.apply(id).filter(s -> s.article() != null);
            if (scored.isEmpty()) {
                refs.add(new ArticleRef(id, null, null, null, null, null));
                continue;
            }
            ScoredArticle s = scored.get();
            found++;
            refs.add(ArticleRef.of(s.article()));
            if (s.storyId() != null) {
                byStory.computeIfAbsent(s.storyId(), k -> new ArrayList<>()).add(s);
            }
            if (s.article().published() != null) {
                Instant at = s.article().published().toInstant();
                first = first == null || at.isBefore(first) ? at : first;
                last = last == null || at.isAfter(last) ? at : last;
            }
        }
        if (last != null && trend.windowEnd() != null && last.isAfter(trend.windowEnd())) {
            last = trend.windowEnd();
        }
        final int foundCount = found;
        Optional<Map.Entry<String, List<ScoredArticle>>> dominant = byStory.entrySet().stream()
                .filter(e -> e.getValue().size() >= Math.ceil(DOMINANT_SHARE * foundCount))
                .max(Comparator.comparingInt(e -> e.getValue().size()));
        String headline = dominant.flatMap(e -> e.getValue().stream()
                        .min(Comparator.comparing(TrendSamples::publishedOrMax))
                        .map(s -> s.article().title()))
                .orElse(null);
        return new TrendSamples(List.copyOf(refs), dominant.map(Map.Entry::getKey), headline, first, last);
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
