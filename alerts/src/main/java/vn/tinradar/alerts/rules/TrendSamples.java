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
 * @param refs the samples, a bare id for one not found (yet) in articles.scored; only the dominant story's when
 *             there is one
 * @param dominantStory the story of at least {@link #DOMINANT_SHARE} of the samples that were found, if any
 * @param storyHeadline the title of the dominant story's earliest sample
 * @param firstPublished the earliest publication time among the samples (of the dominant story when there is
 *                       one), null when none is known
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
        if (dominant.isEmpty()) {
            return new TrendSamples(List.copyOf(refs), Optional.empty(), null, first, last);
        }
        // an alert about the story lists and dates the story's articles, not the others counted in the same window
        List<ScoredArticle> story = dominant.get().getValue();
        Instant storyFirst = story.stream().map(TrendSamples::publishedOrMax).min(Comparator.naturalOrder())
                .filter(t -> !t.equals(Instant.MAX)).orElse(first);
        Instant storyLast = story.stream().map(TrendSamples::publishedOrMax).filter(t -> !t.equals(Instant.MAX))
                .max(Comparator.naturalOrder()).orElse(last);
        if (storyLast != null && trend.windowEnd() != null && storyLast.isAfter(trend.windowEnd())) {
            storyLast = trend.windowEnd();
        }
        String headline = story.stream().min(Comparator.comparing(TrendSamples::publishedOrMax))
                .map(s -> s.article().title()).orElse(null);
        List<ArticleRef> storyRefs = story.stream().map(s -> ArticleRef.of(s.article())).toList();
        return new TrendSamples(storyRefs, Optional.of(dominant.get().getKey()), headline, storyFirst, storyLast);
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
