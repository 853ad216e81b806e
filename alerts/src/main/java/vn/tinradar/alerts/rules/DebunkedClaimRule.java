package vn.tinradar.alerts.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.event.Severity;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.event.Story;

/**
 * Rule {@code debunked-claim}: a story repeating a claim already shown false. Two ways in: the claims of the
 * config, compared with the story's titles as pairs of consecutive syllables without diacritics (Vietnamese words
 * are mostly two syllables), matching when the story holds at least {@code min-overlap} of the claim's pairs, one
 * finding per claim and story; and the claims staff manage in analyze, which arrive as the story's own
 * {@value #NAME} suspicion signals (analyze matched its articles against them with Lucene), one finding per story
 * carrying those signals as they are. Urgent, with the correction's address in the suggested action or evidence.
 */
public final class DebunkedClaimRule {

    public static final String NAME = "debunked-claim";

    private final AlertsConfig.DebunkedClaims config;

    public DebunkedClaimRule(AlertsConfig.DebunkedClaims config) {
        this.config = config;
    }

    public List<Finding> evaluate(Story story) {
        if (story == null || story.id() == null) {
            return List.of();
        }
        List<ArticleRef> refs = story.articles() == null ? List.of() : story.articles();
        List<Finding> findings = new ArrayList<>(fromStorySignals(story, refs));
        if (config.claims().isEmpty()) {
            return findings;
        }
        Set<String> storyPairs = new HashSet<>(pairs(story.title()));
        refs.forEach(a -> storyPairs.addAll(pairs(a.title())));
        for (AlertsConfig.Claim claim : config.claims()) {
            Set<String> claimPairs = new LinkedHashSet<>(pairs(claim.claim()));
            if (claimPairs.isEmpty()) {
                continue;
            }
            long shared = claimPairs.stream().filter(storyPairs::contains).count();
            double overlap = (double) shared / claimPairs.size();
            if (overlap < config.minOverlap()) {
                continue;
            }
            String quoted = "“" + story.title() + "”";
            String place = story.places() == null ? null
                    : story.places().stream().map(PlaceTag::name).findFirst().orElse(null);
            String correction = claim.correctionUrl() == null || claim.correctionUrl().isBlank() ? ""
                    : " Đường dẫn thông tin cải chính: " + claim.correctionUrl();
            findings.add(new Finding(NAME, NAME + "|" + claim.id() + "|" + story.id(), Severity.URGENT,
                    "Tin đã được cải chính đang lan truyền trở lại: " + quoted,
                    "Câu chuyện " + quoted + " lặp lại nội dung đã được xác định là sai sự thật: “" + claim.claim()
                            + "”. Hiện có " + story.articleCount() + " bài trên "
                            + (story.sources() == null ? 0 : story.sources().size()) + " nguồn.",
                    Wording.ACTION_SUSPICIOUS + correction,
                    List.of(new Signal("debunked-claim", overlap, "Trùng " + Wording.percent(overlap)
                            + " cụm từ với tin đã được cải chính “" + claim.claim() + "” (ngưỡng "
                            + Wording.percent(config.minOverlap()) + ")")),
                    refs, story.id(), story.topics() == null || story.topics().isEmpty() ? null : story.topics().get(0),
                    place, story.firstSeen(), story.lastSeen()));
        }
        return findings;
    }

    /** The claims analyze found the story's articles repeating: its {@value #NAME} signals, evidence included. */
    private static List<Finding> fromStorySignals(Story story, List<ArticleRef> refs) {
        List<Signal> matched = story.suspicionSignals() == null ? List.of()
                : story.suspicionSignals().stream().filter(g -> NAME.equals(g.name())).toList();
        if (matched.isEmpty()) {
            return List.of();
        }
        String quoted = "“" + story.title() + "”";
        String place = story.places() == null ? null
                : story.places().stream().map(PlaceTag::name).findFirst().orElse(null);
        return List.of(new Finding(NAME, NAME + "|analyze|" + story.id(), Severity.URGENT,
                "Tin đã được cải chính đang lan truyền trở lại: " + quoted,
                "Câu chuyện " + quoted + " lặp lại nội dung đã được kết luận là sai sự thật (" + matched.size()
                        + " thông tin đã kiểm chứng). Hiện có " + story.articleCount() + " bài trên "
                        + (story.sources() == null ? 0 : story.sources().size()) + " nguồn.",
                Wording.ACTION_SUSPICIOUS + " Đường dẫn thông tin chính thức ở phần căn cứ.", matched, refs,
                story.id(), story.topics() == null || story.topics().isEmpty() ? null : story.topics().get(0), place,
                story.firstSeen(), story.lastSeen()));
    }

    private static List<String> pairs(String text) {
        if (text == null) {
            return List.of();
        }
        String[] syllables = Wording.words(text).split(" ");
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < syllables.length; i++) {
            if (!syllables[i].isEmpty()) {
                pairs.add(syllables[i] + " " + syllables[i + 1]);
            }
        }
        return pairs;
    }
}
