package vn.tinradar.alerts.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tinradar.alerts.AlertsConfig;
import vn.tinradar.alerts.Mentions;
import vn.tinradar.alerts.report.ReportBuilder;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.Severity;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.event.Story;
import vn.tinradar.common.text.VnTime;

/**
 * Rule {@code policy-negative}: a story about a draft policy under public consultation (its title or article
 * titles name the policy; first seen within the consultation period) whose coverage has turned negative. One
 * finding per policy and story.
 */
public final class PolicyNegativeRule {

    public static final String NAME = "policy-negative";
    private static final String ACTION = "Tổng hợp ý kiến, phản ánh gửi cơ quan chủ trì soạn thảo; phối hợp giải "
            + "thích, cung cấp thông tin chính thức về nội dung dự thảo trong thời gian lấy ý kiến.";

    private final AlertsConfig.DraftPolicies config;

    public PolicyNegativeRule(AlertsConfig.DraftPolicies config) {
        this.config = config;
    }

    public List<Finding> evaluate(Story story) {
        if (story == null || story.id() == null || config.policies().isEmpty() || story.firstSeen() == null
                || story.articleCount() < config.minArticles()) {
            return List.of();
        }
        double share = (double) story.negativeCount() / story.articleCount();
        if (share < config.minNegativeShare()) {
            return List.of();
        }
        List<ArticleRef> refs = story.articles() == null ? List.of() : story.articles();
        String text = WatchListRule.titles(story);
        LocalDate day = story.firstSeen().atZone(VnTime.ZONE).toLocalDate();
        List<Finding> findings = new ArrayList<>();
        for (AlertsConfig.Policy p : config.policies()) {
            boolean inConsultation = !day.isBefore(p.consultationFrom()) && !day.isAfter(p.consultationTo());
            boolean named = Mentions.any(text, p.keywords());
            if (!inConsultation || !named) {
                continue;
            }
            String quoted = "“" + story.title() + "”";
            findings.add(new Finding(NAME, NAME + "|" + p.id() + "|" + story.id(), Severity.WARNING,
                    "Dư luận tiêu cực về " + p.name() + ": " + quoted,
                    "Trong thời gian lấy ý kiến (" + VnTime.DATE.format(p.consultationFrom()) + " – "
                            + VnTime.DATE.format(p.consultationTo()) + "), câu chuyện " + quoted + " có "
                            + story.negativeCount() + "/" + story.articleCount() + " bài mang sắc thái tiêu cực trên "
                            + (story.sources() == null ? 0 : story.sources().size()) + " nguồn.",
                    ACTION,
                    List.of(new Signal("negative-share", share, story.negativeCount() + "/" + story.articleCount()
                            + " bài tiêu cực (" + Wording.percent(share) + ", ngưỡng "
                            + Wording.percent(config.minNegativeShare()) + ")"),
                            new Signal("policy", 1, "Nhắc đến " + p.name() + ", đang lấy ý kiến đến "
                                    + VnTime.DATE.format(p.consultationTo()))),
                    refs, story.id(), ReportBuilder.POLICY_TOPIC, null, story.firstSeen(), story.lastSeen()));
        }
        return findings;
    }
}
