package vn.tinradar.alerts.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.tinradar.alerts.AlertsConfig;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.event.Severity;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.event.Story;

/**
 * Rule {@code debunked-claim}: a story repeating a claim already shown false. The claim and the story's titles
 * are compared as pairs of consecutive syllables without diacritics (Vietnamese words are mostly two
 * syllables); the story matches when it holds at least {@code min-overlap} of the claim's pairs. Urgent, with
 * the correction's address in the suggested action. One finding per claim and story.
 */
public final class DebunkedClaimRule {

    public static final String NAME = "debunked-claim";

    private final AlertsConfig.DebunkedClaims config;

    public DebunkedClaimRule(AlertsConfig.DebunkedClaims config) {
        this.config = config;
    }

    public List<Finding> evaluate(Story story) {
        if (story == null || story.id() == null || config.claims().isEmpty()) {
            return List.of();
        }
        List<ArticleRef> refs = story.articles() == null ? List.of() : story.articles();
        Set<String> storyPairs = new HashSet<>(pairs(story.title()));
        refs.forEach(a -> storyPairs.addAll(pairs(a.title())));
        List<Finding> findings = new ArrayList<>();
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
