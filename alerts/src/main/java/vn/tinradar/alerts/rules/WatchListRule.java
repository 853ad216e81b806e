package vn.tinradar.alerts.rules;

import java.util.ArrayList;
import java.util.List;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.text.Mentions;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.event.Story;

/**
 * Rule {@code watch-list}: a story whose title or article titles name something staff watch (an agency, a
 * project, a draft policy, a place, a keyword), matched as whole words with or without diacritics. One finding
 * per watch-list entry and story.
 */
public final class WatchListRule {

    public static final String NAME = "watch-list";

    private final List<AlertsConfig.WatchList> lists;

    public WatchListRule(List<AlertsConfig.WatchList> lists) {
        this.lists = List.copyOf(lists);
    }

    public List<Finding> evaluate(Story story) {
        if (story == null || story.id() == null || lists.isEmpty()) {
            return List.of();
        }
        List<ArticleRef> refs = story.articles() == null ? List.of() : story.articles();
        String text = titles(story);
        List<Finding> findings = new ArrayList<>();
        for (AlertsConfig.WatchList list : lists) {
            List<String> hits = Mentions.found(text, list.keywords());
            if (hits.isEmpty()) {
                continue;
            }
            String place = story.places() == null ? null
                    : story.places().stream().map(PlaceTag::name).findFirst().orElse(null);
            String quoted = "“" + story.title() + "”";
            String summary = "Câu chuyện " + quoted + " nhắc đến " + list.name() + ": " + story.articleCount()
                    + " bài trên " + (story.sources() == null ? 0 : story.sources().size()) + " nguồn, từ "
                    + Wording.time(story.firstSeen()) + " đến " + Wording.time(story.lastSeen()) + ".";
            findings.add(new Finding(NAME, NAME + "|" + list.name() + "|" + story.id(), list.severity(),
                    "Theo dõi " + list.name() + ": " + quoted, summary, Wording.ACTION_WATCH,
                    List.of(new Signal("watch-list", hits.size(), "Khớp danh sách theo dõi “" + list.name()
                            + "” với từ khóa: " + String.join(", ", hits))),
                    refs, story.id(), story.topics() == null || story.topics().isEmpty() ? null
                    : story.topics().get(0), place, story.firstSeen(), story.lastSeen()));
        }
        return findings;
    }

    /** The story's title and its articles' titles, one a line: what watch-lists and draft policies are found in. */
    static String titles(Story story) {
        StringBuilder text = new StringBuilder(story.title() == null ? "" : story.title());
        for (ArticleRef a : story.articles() == null ? List.<ArticleRef>of() : story.articles()) {
            text.append('\n').append(a.title() == null ? "" : a.title());
        }
        return text.toString();
    }
}
