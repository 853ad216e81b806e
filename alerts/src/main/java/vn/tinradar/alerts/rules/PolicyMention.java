package vn.tinradar.alerts.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.text.Mentions;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.Story;

/**
 * A story naming a draft policy, as the policy-coverage step needs it (keyed by policy id): when the story was
 * first and last seen, how many of its articles are negative and from how many sources, and its newest articles
 * (shown in a policy alert as the coverage behind it).
 */
public record PolicyMention(String policyId, String storyId, String storyTitle, Instant lastSeen,
                            List<ArticleRef> articles, Instant firstSeen, int articleCount, int negativeCount,
                            int sourceCount) {

    /**
     * One mention per configured policy the story's titles name; for a story that is gone (a tombstone: merged into
     * another, or re-clustered away), one {@linkplain #retracted() retraction} per policy, so its articles are not
     * counted again under the story that took them.
     */
    static List<KeyValue<String, PolicyMention>> of(AlertsConfig.DraftPolicies config, String storyId, Story story) {
        if (story == null) {
            return storyId == null ? List.of() : config.policies().stream()
                    .map(p -> KeyValue.pair(p.id(), new PolicyMention(p.id(), storyId, null, null, List.of(), null,
                            0, 0, 0))).toList();
        }
        if (story.id() == null || story.lastSeen() == null || config.policies().isEmpty()) {
            return List.of();
        }
        String text = WatchListRule.titles(story);
        List<ArticleRef> newest = (story.articles() == null ? List.<ArticleRef>of() : story.articles()).stream()
                .sorted(Comparator.comparing((ArticleRef a) -> a.published() == null ? Instant.MIN
                        : a.published().toInstant()).reversed()).limit(3).toList();
        List<KeyValue<String, PolicyMention>> out = new ArrayList<>();
        for (AlertsConfig.Policy p : config.policies()) {
            if (Mentions.any(text, p.keywords())) {
                out.add(KeyValue.pair(p.id(), new PolicyMention(p.id(), story.id(), story.title(), story.lastSeen(),
                        newest, story.firstSeen(), story.articleCount(), story.negativeCount(),
                        story.sources() == null ? 0 : story.sources().size())));
            }
        }
        return out;
    }

    /** Whether this says the story is gone rather than what it holds. */
    boolean retracted() {
        return storyId != null && lastSeen == null;
    }
}
