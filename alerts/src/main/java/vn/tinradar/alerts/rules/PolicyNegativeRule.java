package vn.tinradar.alerts.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.report.ReportBuilder;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.Severity;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.text.VnTime;

/**
 * Rule {@code policy-negative}: the coverage of a draft policy under public consultation has turned negative
 * over the last {@link #WINDOW}, counted over every story naming it. Coverage of a draft runs for weeks and splits
 * into many small stories (a consultation notice, a complaint, a conference), none of which alone would be enough;
 * what a drafting unit needs to know is how the draft is being received. One alert per policy.
 */
public final class PolicyNegativeRule {

    public static final String NAME = "policy-negative";
    /** How far back the coverage counts: the week a drafting unit reviews, as the weekly report does. */
    static final Duration WINDOW = Duration.ofDays(7);
    private static final String ACTION = "Tổng hợp ý kiến, phản ánh gửi cơ quan chủ trì soạn thảo; phối hợp giải "
            + "thích, cung cấp thông tin chính thức về nội dung dự thảo trong thời gian lấy ý kiến.";

    private final AlertsConfig.DraftPolicies config;
    private final int maxArticles;

    public PolicyNegativeRule(AlertsConfig.DraftPolicies config, int maxArticles) {
        this.config = config;
        this.maxArticles = maxArticles;
    }

    /**
     * @param mentions the stories naming {@code p}, one (the latest) per story
     * @param now      the wall clock: the end of the window
     */
    public Optional<Finding> evaluate(AlertsConfig.Policy p, List<PolicyMention> mentions, Instant now) {
        LocalDate today = now.atZone(VnTime.ZONE).toLocalDate();
        if (today.isBefore(p.consultationFrom()) || today.isAfter(p.consultationTo())) {
            return Optional.empty();
        }
        Instant from = now.minus(WINDOW);
        List<PolicyMention> recent = mentions.stream().filter(m -> m.lastSeen() != null && m.lastSeen().isAfter(from)
                && !m.lastSeen().atZone(VnTime.ZONE).toLocalDate().isBefore(p.consultationFrom())).toList();
        int articles = recent.stream().mapToInt(PolicyMention::articleCount).sum();
        int negative = recent.stream().mapToInt(PolicyMention::negativeCount).sum();
        if (articles == 0 || articles < config.minArticles()) {
            return Optional.empty();
        }
        double share = (double) negative / articles;
        if (share < config.minNegativeShare()) {
            return Optional.empty();
        }
        List<PolicyMention> byNegative = recent.stream()
                .sorted(Comparator.comparingInt(PolicyMention::negativeCount).reversed()
                        // a story's id names whichever article came first: a tie goes to the story seen first
                        .thenComparing(m -> m.firstSeen() == null ? Instant.MAX : m.firstSeen())
                        .thenComparing(PolicyMention::storyId)).toList();
        Map<String, ArticleRef> byId = new LinkedHashMap<>();
        byNegative.forEach(m -> (m.articles() == null ? List.<ArticleRef>of() : m.articles())
                .forEach(a -> byId.putIfAbsent(a.id(), a)));
        List<ArticleRef> listed = byId.values().stream().limit(maxArticles).toList();
        int sources = recent.stream().mapToInt(PolicyMention::sourceCount).max().orElse(0);
        long days = WINDOW.toDays();
        String period = VnTime.DATE.format(p.consultationFrom()) + " – " + VnTime.DATE.format(p.consultationTo());
        PolicyMention worst = byNegative.get(0);
        Instant firstSeen = recent.stream().map(m -> m.firstSeen() == null ? m.lastSeen() : m.firstSeen())
                .min(Comparator.naturalOrder()).orElse(from);
        Instant lastSeen = recent.stream().map(PolicyMention::lastSeen).max(Comparator.naturalOrder()).orElse(now);
        return Optional.of(new Finding(NAME, NAME + "|" + p.id(), Severity.WARNING,
                "Dư luận tiêu cực về " + p.name(),
                "Trong " + days + " ngày qua, " + negative + "/" + articles + " bài về " + p.name() + " mang sắc thái tiêu cực ("
                        + Wording.percent(share) + "), trong " + recent.size() + " câu chuyện; dự thảo đang lấy ý "
                        + "kiến (" + period + "). Câu chuyện nhiều bài tiêu cực nhất: “" + worst.storyTitle() + "”.",
                ACTION,
                List.of(new Signal("negative-share", share, negative + "/" + articles + " bài tiêu cực trong " + days + " ngày ("
                                + Wording.percent(share) + ", ngưỡng " + Wording.percent(config.minNegativeShare())
                                + ")"),
                        new Signal("stories", recent.size(), recent.size() + " câu chuyện nhắc đến dự thảo, nhiều "
                                + "nhất " + sources + " nguồn một câu chuyện"),
                        new Signal("policy", 1, "Nhắc đến " + p.name() + ", đang lấy ý kiến đến "
                                + VnTime.DATE.format(p.consultationTo()))),
                listed, worst.storyId(), ReportBuilder.POLICY_TOPIC, null, firstSeen, lastSeen));
    }
}
