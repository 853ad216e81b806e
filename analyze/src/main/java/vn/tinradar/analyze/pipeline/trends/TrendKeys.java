package vn.tinradar.analyze.pipeline.trends;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tinradar.analyze.score.topic.WeatherReports;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.TopicScore;
import vn.tinradar.common.event.Trend;

/**
 * The trend keys one scored article counts under: each topic it is about, each place it names, each
 * topic-in-place pair below the province (the shape of a local public-concern burst: landslide in one commune) and its
 * story (labelled with the article's title). A topic in the province as a whole is the topic's own trend, since every
 * relevant article is about the province: a topic-and-province key would count the same burst twice, and two rules
 * would raise it twice (issue 11). Articles the scorer found not relevant to the province count under none, and a weather
 * forecast or report does not count under the disaster topic ({@link WeatherReports}).
 */
public final class TrendKeys {

    private final double minTopicScore;

    /** @param minTopicScore topics scored below this are mentions, not what the article is about: not counted */
    public TrendKeys(double minTopicScore) {
        this.minTopicScore = minTopicScore;
    }

    public List<TrendHit> of(ScoredArticle scored) {
        if (!scored.relevant()) {
            // national news that never names the province: searchable, but not a local trend
            return List.of();
        }
        return about(scored);
    }

    /** The keys of what the article is about, whether or not it concerns the province (a national count's). */
    public List<TrendHit> about(ScoredArticle scored) {
        Article a = scored.article();
        long time = articleTime(a);
        boolean negative = scored.sentiment() != null && scored.sentiment().isNegative();
        Map<String, String> topics = new LinkedHashMap<>();
        boolean weather = WeatherReports.isWeatherReport(a);
        if (scored.topics() != null) {
            for (TopicScore t : scored.topics()) {
                if (weather && WeatherReports.DISASTER_TOPIC.equals(t.label())) {
                    continue;
                }
                if (t.label() != null && t.score() >= minTopicScore) {
                    topics.putIfAbsent(t.label(), t.label());
                }
            }
        }
        Map<String, String> places = new LinkedHashMap<>();
        Map<String, String> placesBelowProvince = new LinkedHashMap<>();
        if (scored.places() != null) {
            for (PlaceTag p : scored.places()) {
                String id = p.id() != null ? p.id() : p.name();
                if (id != null) {
                    places.putIfAbsent(id, p.name() != null ? p.name() : id);
                    if (!isWholeProvince(p)) {
                        placesBelowProvince.putIfAbsent(id, p.name() != null ? p.name() : id);
                    }
                }
            }
        }
        List<TrendHit> hits = new ArrayList<>();
        topics.forEach((key, label) -> hits.add(hit(Trend.TOPIC, key, label, a, negative, time)));
        places.forEach((key, label) -> hits.add(hit(Trend.PLACE, key, label, a, negative, time)));
        topics.forEach((topic, topicLabel) -> placesBelowProvince.forEach((place, placeLabel) -> hits.add(
                hit(Trend.TOPIC_PLACE, topic + "@" + place, topicLabel + " – " + placeLabel, a, negative, time))));
        if (scored.storyId() != null) {
            hits.add(hit(Trend.STORY, scored.storyId(), storyLabel(a), a, negative, time));
        }
        return hits;
    }

    /** The province itself, or a former province merged into it (tagged with today's province). */
    private static boolean isWholeProvince(PlaceTag p) {
        return "province".equals(p.level()) || "former-province".equals(p.level());
    }

    private static String storyLabel(Article a) {
        String title = a.title() == null || a.title().isBlank() ? a.id() : a.title().strip();
        return title.length() <= 120 ? title : title.substring(0, 119) + "…";
    }

    /** Published time, else fetch time: the time the event was reported, which windows must follow. */
    static long articleTime(Article a) {
        if (a.published() != null) {
            return a.published().toInstant().toEpochMilli();
        }
        return a.fetchedAt() != null ? a.fetchedAt().toEpochMilli() : 0;
    }

    private static TrendHit hit(String kind, String key, String label, Article a, boolean negative, long time) {
        return new TrendHit(kind, key, label, a.id(), a.sourceId(), negative, time, null);
    }
}
