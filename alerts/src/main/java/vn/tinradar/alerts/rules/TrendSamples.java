package vn.tinradar.alerts.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * @param dominantStory the story of at least {@link #DOMINANT_SHARE} of the samples, if any; a sample not found
 *                      (yet) counts against every story
 * @param storyHeadline the title of the dominant story's earliest sample
 * @param firstPublished the earliest publication time among the samples (of the dominant story when there is
 *                       one), null when none is known
 * @param lastPublished the latest, never after the trend's window end
 * @param joined true when the story speaks for the trend only because the trend's group already joined it (see
 *               {@link #of(Trend, Function, Optional)}), not by holding {@link #DOMINANT_SHARE} of the samples
 * @param inStory how many of the found samples are in the dominant story
 * @param found how many samples were found in articles.scored
 * @param largestStory how many of the found samples the story holding most of them holds (an article without a
 *                     story is its own)
 * @param coverage when no story holds {@link #DOMINANT_SHARE} of the samples but stories that already have their
 *                 own alert hold that share together, why the trend joins the alert of the largest of them (shown to
 *                 staff); null otherwise
 * @param sharedTerm when no two found samples share a story, the word pair most of them use all the same
 *                   ({@link SharedTerms}), which makes them one issue told in different words; null otherwise
 * @param coverageTied true when the trend joins a raised story's alert by {@code coverage} while another raised story
 *                     holds as many of the samples: which event the trend is about is not settled
 */
record TrendSamples(List<ArticleRef> refs, Optional<String> dominantStory, String storyHeadline,
                    Instant firstPublished, Instant lastPublished, boolean joined, int inStory, int found,
                    String coverage, int largestStory, String sharedTerm, boolean coverageTied) {

    /** Fewest samples found in articles.scored from which a window whose samples share no story is judged unrelated. */
    static final int MIN_FOUND_TO_JUDGE = 3;
    /** Share of the samples one story must hold to speak for the trend; one not found (yet) counts against it. */
    static final double DOMINANT_SHARE = 0.6;
    /** Signal of a finding whose story speaks for it because its group joined that story earlier. */
    static final String JOINED_STORY = "joined-story";
    /** Signal of a finding whose samples are one issue by the word pair most of them share (SharedTerms). */
    static final String SHARED_TERM = "shared-term";
    /** Signal of a finding explained by the alerts its samples' stories already have (see {@code coverage}). */
    static final String COVERED_BY_ALERTS = "covered-by-story-alerts";
    /** Rank of a finding that only joins an alert already raised (Finding#rank): below the story's own findings. */
    static final double COVERED_RANK = -1;

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
        return of(trend, lookup, joinedStory, Set.of());
    }

    /**
     * As {@link #of(Trend, Function, Optional)}, and when still no story speaks for the trend, the stories in
     * {@code raisedStories} (those with a live alert of their own) may: when together they hold
     * {@link #DOMINANT_SHARE} of the samples, the trend is about events already alerted (a commune's disaster
     * bucket holding the landslide and the rumour about a dam there), so it joins the alert of the raised story
     * holding the most samples, listing only that story's articles and saying which stories hold the others.
     */
    static TrendSamples of(Trend trend, Function<String, Optional<ScoredArticle>> lookup, Optional<String> joinedStory,
                           Set<String> raisedStories) {
        return of(trend, lookup, joinedStory, raisedStories, false);
    }

    /**
     * As {@link #of(Trend, Function, Optional, Set)}; with {@code negativeOnly}, coverage by raised stories is judged on
     * the window's negative reports alone, which are what a negative surge is about (the window's other reports do not
     * make it surge), falling back to all samples when none is found.
     */
    static TrendSamples of(Trend trend, Function<String, Optional<ScoredArticle>> lookup, Optional<String> joinedStory,
                           Set<String> raisedStories, boolean negativeOnly) {
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
        // judged on every sample, not only those found: two found of five, both in a rumour's story, do not make a
        // landslide's burst that rumour's (issue 11: its alert was cleared into the rumour's, then raised again)
        int unseen = refs.size() - found.size();
        Optional<Map.Entry<String, List<ScoredArticle>>> dominant = byStory.entrySet().stream()
                .filter(e -> e.getValue().size() >= Math.ceil(DOMINANT_SHARE * refs.size()))
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
        String coverage = null;
        boolean coverageTied = false;
        if (dominant.isEmpty() && !raisedStories.isEmpty()) {
            List<ScoredArticle> negatives = negativeOnly ? negatives(trend, lookup, found) : List.of();
            boolean byNegative = !negatives.isEmpty();
            List<ScoredArticle> judged = byNegative ? negatives : found;
            Map<String, List<ScoredArticle>> judgedByStory = new LinkedHashMap<>();
            judged.stream().filter(s -> s.storyId() != null)
                    .forEach(s -> judgedByStory.computeIfAbsent(s.storyId(), k -> new ArrayList<>()).add(s));
            List<Map.Entry<String, List<ScoredArticle>>> raised = judgedByStory.entrySet().stream()
                    .filter(e -> raisedStories.contains(e.getKey()))
                    // largest first; between equals, the story whose samples look least fabricated (a burst is
                    // rather the event its plain reports tell than the rumour copied beside them: issue 11, the
                    // demo's landslide bursts tied a forum thread about the cracking hill with the dam rumour's posts),
                    // then the story of the smallest article id: the same whatever the order of arrival
                    .sorted(Comparator.comparingInt((Map.Entry<String, List<ScoredArticle>> e) -> -e.getValue().size())
                            .thenComparingDouble(e -> meanSuspicion(e.getValue()))
                            .thenComparing(e -> smallestId(e.getValue())))
                    .toList();
            int held = raised.stream().mapToInt(e -> e.getValue().size()).sum();
            int judgedAll = byNegative ? negativesSampled(trend, negatives.size() + unseen) : judged.size() + unseen;
            if (!raised.isEmpty() && held >= Math.ceil(DOMINANT_SHARE * judgedAll)) {
                String story = raised.get(0).getKey();
                dominant = Optional.of(Map.entry(story, byStory.getOrDefault(story, raised.get(0).getValue())));
                coverage = Wording.coveredByStoryAlerts(raised.stream().map(e -> new Wording.StoryShare(
                        earliestTitle(e.getValue()), e.getValue().size())).toList(), judgedAll,
                        byNegative ? "bài tiêu cực" : "bài");
                coverageTied = raised.size() > 1 && raised.get(1).getValue().size() == raised.get(0).getValue().size();
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
        String headline = dominant.map(e -> earliestTitle(e.getValue())).orElse(null);
        List<ArticleRef> listed = dominant.isPresent() ? dated.stream().map(s -> ArticleRef.of(s.article())).toList()
                : List.copyOf(refs);
        int largestStory = found.isEmpty() ? 0
                : Math.max(1, byStory.values().stream().mapToInt(List::size).max().orElse(1));
        // only asked when the stories alone would call the samples unrelated: the one case where it changes anything
        String sharedTerm = found.size() >= MIN_FOUND_TO_JUDGE && largestStory < 2
                ? SharedTerms.common(found, topicOf(trend)).orElse(null) : null;
        return new TrendSamples(listed, dominant.map(Map.Entry::getKey), headline, first, last, joined,
                dominant.map(e -> e.getValue().size()).orElse(0), found.size(), coverage, largestStory, sharedTerm,
                coverageTied);
    }

    /** The topic a trend counts, whose own evidence words do not make its samples related; null for a place. */
    private static String topicOf(Trend trend) {
        if (Trend.TOPIC.equals(trend.kind())) {
            return trend.key();
        }
        return Trend.TOPIC_PLACE.equals(trend.kind()) ? TopicPlace.parse(trend.key(), trend.label()).topic() : null;
    }

    private static String earliestTitle(List<ScoredArticle> articles) {
        return articles.stream().min(Comparator.comparing(TrendSamples::publishedOrMax)
                .thenComparing(s -> s.article().id())).map(s -> s.article().title()).orElse(null);
    }

    /**
     * The negative reports a negative surge is judged on: the window's latest negative articles when the trend names
     * them (the latest articles of any tone may all be the event's denials and follow-ups), else the negative ones
     * among its samples.
     */
    private static List<ScoredArticle> negatives(Trend trend, Function<String, Optional<ScoredArticle>> lookup,
                                                 List<ScoredArticle> found) {
        List<String> ids = trend.negativeSampleArticleIds();
        if (ids == null || ids.isEmpty()) {
            return found.stream().filter(TrendSamples::negative).toList();
        }
        return ids.stream().map(lookup).flatMap(Optional::stream).filter(s -> s.article() != null).toList();
    }

    /** How many negative reports a surge is judged on, found or not: those the trend names, else {@code otherwise}. */
    private static int negativesSampled(Trend trend, int otherwise) {
        List<String> ids = trend.negativeSampleArticleIds();
        return ids == null || ids.isEmpty() ? otherwise : ids.size();
    }

    private static boolean negative(ScoredArticle s) {
        return s.sentiment() != null && s.sentiment().isNegative();
    }

    /** The articles' mean suspicion score, an article not scored for it counting 0. */
    private static double meanSuspicion(List<ScoredArticle> articles) {
        return articles.stream().mapToDouble(s -> s.suspicion() == null ? 0 : s.suspicion().score()).average()
                .orElse(0);
    }

    private static String smallestId(List<ScoredArticle> articles) {
        return articles.stream().map(s -> s.article().id()).min(String::compareTo).orElse("");
    }

    /**
     * The rank of a finding on these samples: its own, or below every finding about the story itself when the
     * samples only join an alert already raised, which keeps that alert's wording.
     */
    double rank(double own) {
        return coverage == null ? own : COVERED_RANK;
    }

    /**
     * True when the samples are unrelated reports: at least {@link #MIN_FOUND_TO_JUDGE} were found, no two are of
     * one story and most do not share a word pair beyond the key ({@link SharedTerms}). A big city's daily flow puts
     * many unrelated reports under one topic (a developer's revenue, a railway elsewhere, libraries under
     * "infrastructure"): that is no issue of public concern, whatever its count. One issue told in different words
     * (issue 11: the stuck imports at Kim Thành, five national reports, five stories) is.
     */
    boolean unrelated() {
        // reports that stories already alerted explain (a surge's negative reports) are those events, not scattered news
        return found >= MIN_FOUND_TO_JUDGE && largestStory < 2 && sharedTerm == null && coverage == null;
    }

    /** What the unrelated-samples check saw, for the rule trace. */
    String traced() {
        return "found " + found + ", largest story " + largestStory + ", shared term " + sharedTerm;
    }

    /** True when the trend speaks for a story only because that story's alert already explains its samples. */
    boolean coveredByStoryAlerts() {
        return coverage != null;
    }

    /** {@code signals}, and when the story speaks for the trend because its group joined it, why. */
    List<Signal> explained(List<Signal> signals) {
        if (!joined && coverage == null && sharedTerm == null) {
            return signals;
        }
        List<Signal> all = new ArrayList<>(signals);
        if (sharedTerm != null) {
            all.add(new Signal(SHARED_TERM, found, "Phần lớn bài mẫu cùng nhắc “" + sharedTerm
                    + "” dù được viết thành các bài khác nhau: một vấn đề, không phải tin rời rạc"));
        }
        if (joined) {
            all.add(new Signal(JOINED_STORY, inStory, Wording.joinedStory(storyHeadline, dominantStory.orElse(""),
                    inStory, found)));
        }
        if (coverage != null) {
            all.add(new Signal(COVERED_BY_ALERTS, inStory, coverage));
        }
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
