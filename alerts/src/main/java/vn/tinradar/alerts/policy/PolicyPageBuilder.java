package vn.tinradar.alerts.policy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.text.Mentions;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ScoredArticle;

/**
 * Builds a {@link PolicyPage} from the scored articles: an article counts when its title, lead or body names one of
 * the policy's key terms and it was published (Vietnam time) within the consultation window; an article without a
 * date cannot be placed in the window and is left out. A near-verbatim copy of another article is left out too.
 */
public final class PolicyPageBuilder {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The page lists this many stories, those with most articles first. */
    static final int MAX_STORIES = 20;

    private PolicyPageBuilder() {
    }

    public static PolicyPage build(AlertsConfig.Policy policy, Collection<ScoredArticle> scored) {
        List<ScoredArticle> naming = scored.stream().filter(s -> names(policy, s)).sorted(Comparator
                .comparing((ScoredArticle s) -> s.article().published()).thenComparing(ScoredArticle::id)).toList();
        Map<LocalDate, Integer> days = new TreeMap<>();
        for (LocalDate d = policy.consultationFrom(); !d.isAfter(policy.consultationTo()); d = d.plusDays(1)) {
            days.put(d, 0);
        }
        Map<String, Integer> tone = new LinkedHashMap<>(Map.of("positive", 0, "neutral", 0, "negative", 0));
        Map<String, Integer> tiers = new TreeMap<>();
        Map<String, PolicyPage.StoryLine> stories = new LinkedHashMap<>();
        List<FeedbackSource> sources = new ArrayList<>();
        for (ScoredArticle s : naming) {
            Article a = s.article();
            days.merge(day(a), 1, Integer::sum);
            tone.merge(s.sentiment() == null || s.sentiment().label() == null ? "neutral" : s.sentiment().label(), 1,
                    Integer::sum);
            tiers.merge(a.tier() == null ? "unknown" : a.tier().id(), 1, Integer::sum);
            String story = s.storyId() == null ? s.id() : s.storyId();
            stories.merge(story, new PolicyPage.StoryLine(story, a.title(), a.url(), 1),
                    (old, one) -> new PolicyPage.StoryLine(old.storyId(), old.title(), old.url(), old.articles() + 1));
            sources.add(new FeedbackSource(a.id(), a.title(), a.leadAndBody(), a.sourceName(), a.url(),
                    a.published()));
        }
        List<PolicyPage.Day> perDay = days.entrySet().stream().map(e -> new PolicyPage.Day(e.getKey(), e.getValue()))
                .toList();
        List<PolicyPage.StoryLine> top = stories.values().stream()
                .sorted(Comparator.comparingInt(PolicyPage.StoryLine::articles).reversed()).limit(MAX_STORIES).toList();
        return new PolicyPage(policy, naming.size(), perDay, tone, tiers, top,
                FeedbackCompiler.compile(policy, sources));
    }

    private static boolean names(AlertsConfig.Policy policy, ScoredArticle s) {
        Article a = s.article();
        if (a == null || a.published() == null || s.duplicateOf() != null) {
            return false;
        }
        LocalDate d = day(a);
        return !d.isBefore(policy.consultationFrom()) && !d.isAfter(policy.consultationTo())
                && Mentions.any(a.title() + "\n" + a.leadAndBody(), policy.keywords());
    }

    private static LocalDate day(Article a) {
        return a.published().atZoneSameInstant(VIETNAM).toLocalDate();
    }
}
