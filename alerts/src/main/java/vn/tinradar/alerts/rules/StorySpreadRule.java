package vn.tinradar.alerts.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.PlaceTag;
import vn.tinradar.common.event.Severity;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.Story;

/**
 * Rule {@code story-spread}: a story carried by at least N low-tier sources (unlicensed sites, forums, social
 * pages), or by at least M source tiers, within T hours of its first sighting. Findings join the story's one alert
 * (the group of its bursts and negative surges, {@link TrendSamples#storyGroupKey}), so one event is one alert.
 *
 * <p>The story is called suspicious (possibly false) when analyze's story-level suspicion ({@code Story.suspicion},
 * which respects who carries it and what official publications say of it) is high: a real event reported by the
 * provincial paper is also retold by forums in alarming words, and staff must not read it as a rumour, while a
 * rumour the provincial portal denies stays one. Stories written before analyze kept that verdict fall back to
 * "suspicious when no official publication carries it". Urgent when it is suspicious enough.
 */
public final class StorySpreadRule {

    public static final String NAME = "story-spread";
    private static final Set<String> VERDICT_SIGNALS = Set.of("story-suspicion", "official-coverage",
            "no-official-coverage", "low-tier-spread", "tiers", "copies", "suspicion");
    /** Above any burst score: staff must read "possibly false" first, whatever else the story's alert found. */
    static final double SUSPICIOUS_RANK = 1_000_000;

    private final AlertsConfig.StorySpread config;
    private final Map<String, String> publicConcernTopics;

    public StorySpreadRule(AlertsConfig.StorySpread config, Map<String, String> publicConcernTopics) {
        this.config = config;
        this.publicConcernTopics = publicConcernTopics;
    }

    public Optional<Finding> evaluate(Story story) {
        if (!config.enabled() || story == null || story.id() == null) {
            return Optional.empty();
        }
        Instant first = story.firstSeen();
        Instant until = first == null ? null : first.plus(Duration.ofHours(config.windowHours()));
        Set<String> lowTier = new LinkedHashSet<>();
        Set<String> official = new LinkedHashSet<>();
        Set<SourceTier> tiers = new LinkedHashSet<>();
        List<ArticleRef> refs = story.articles() == null ? List.of() : story.articles();
        for (ArticleRef ref : refs) {
            Instant published = ref.published() == null ? null : ref.published().toInstant();
            boolean inWindow = until == null || published == null || !published.isAfter(until);
            if (!inWindow || ref.tier() == null) {
                continue;
            }
            tiers.add(ref.tier());
            if (ref.tier().isLowTier()) {
                lowTier.add(ref.source());
            }
            if (ref.tier().isOfficial() && ref.source() != null) {
                official.add(ref.source());
            }
        }
        if (until == null || story.lastSeen() == null || !story.lastSeen().isAfter(until)) {
            // the story lists only its recent articles, but its source lists are whole: when the story as a
            // whole lies within the window, they count too
            lowTier.addAll(nonNull(story.lowTierSources()));
            tiers.addAll(nonNull(story.tiers()));
        }
        if (lowTier.size() < config.minLowTierSources() && tiers.size() < config.minTiers()) {
            return Optional.empty();
        }
        boolean officiallyCovered = !official.isEmpty()
                || nonNull(story.tiers()).stream().anyMatch(SourceTier::isOfficial);
        boolean judged = story.suspicionReason() != null;
        double score = judged ? story.suspicion() : story.maxSuspicion();
        boolean suspicious = score >= config.suspiciousScore() && (judged || !officiallyCovered);
        String topic = mainTopic(story);
        boolean publicConcern = topic != null && publicConcernTopics.containsKey(topic);
        Severity severity = suspicious && score >= config.urgentSuspicion() ? Severity.URGENT
                : Severity.WARNING;
        String place = nonNull(story.places()).stream().map(PlaceTag::name).findFirst().orElse(null);
        String quoted = "“" + story.title() + "”";
        String title = lowTier.size() >= config.minLowTierSources()
                ? (suspicious ? "Tin nghi sai sự thật lan truyền trên " : "Tin lan truyền trên ") + lowTier.size()
                + " nguồn không chính thống: " + quoted
                : (suspicious ? "Tin nghi sai sự thật lan rộng trên " : "Tin lan rộng trên ") + tiers.size()
                + " loại nguồn: " + quoted;
        String summary = "Câu chuyện " + quoted + " xuất hiện lần đầu lúc " + Wording.time(first)
                + (story.firstSource() == null ? "" : " trên " + story.firstSource())
                + "; đến " + Wording.time(story.lastSeen()) + " đã có " + story.articleCount() + " bài trên "
                + nonNull(story.sources()).size() + " nguồn, trong đó " + lowTier.size()
                + " nguồn không phép (trang tin, diễn đàn, kênh mạng xã hội)"
                + (story.copyCount() > 0 ? " và " + story.copyCount() + " bản sao gần như nguyên văn" : "") + "."
                + (place == null ? "" : " Địa bàn: " + place + ".");
        String action = suspicious ? Wording.ACTION_SUSPICIOUS
                : publicConcern ? Wording.ACTION_PUBLIC_CONCERN : Wording.ACTION_WATCH;
        // the story's one alert, shared with its bursts: a possibly false story keeps this wording over any burst's
        return Optional.of(new Finding(NAME, TrendSamples.storyGroupKey(story.id()), severity, title, summary, action,
                signals(story, lowTier, tiers, official, officiallyCovered && !suspicious), refs, story.id(), topic,
                place, first, story.lastSeen(), false, suspicious ? SUSPICIOUS_RANK : 0));
    }

    private List<Signal> signals(Story story, Set<String> lowTier, Set<SourceTier> tiers, Set<String> official,
                                 boolean officiallyCovered) {
        List<Signal> signals = new ArrayList<>();
        if (story.suspicionReason() != null) {
            signals.add(new Signal("story-suspicion", story.suspicion(), story.suspicionReason()));
        }
        if (officiallyCovered) {
            signals.add(new Signal("official-coverage", Math.max(1, official.size()),
                    "Báo chí chính thống hoặc cổng thông tin đã đưa tin"
                            + (official.isEmpty() ? "" : ": " + Wording.names(List.copyOf(official), 5))
                            + "; không coi là tin nghi sai sự thật dù có bài viết giật gân"));
        } else if (official.isEmpty()) {
            signals.add(new Signal("no-official-coverage", 1,
                    "Chưa có báo chí chính thống hay cổng thông tin chính quyền nào đưa tin này"));
        }
        signals.add(new Signal("low-tier-spread", lowTier.size(), lowTier.size()
                + " nguồn không phép (trang tin, diễn đàn, kênh mạng xã hội) trong " + config.windowHours()
                + " giờ đầu (ngưỡng " + config.minLowTierSources() + "): " + Wording.names(List.copyOf(lowTier), 6)));
        signals.add(new Signal("tiers", tiers.size(), "Xuất hiện ở " + tiers.size() + " loại nguồn (ngưỡng "
                + config.minTiers() + "): " + String.join(", ",
                tiers.stream().map(SourceTier::vietnameseName).toList())));
        if (story.copyCount() > 0) {
            signals.add(new Signal("copies", story.copyCount(), story.copyCount() + "/" + story.articleCount()
                    + " bài là bản sao gần như nguyên văn của bài khác"));
        }
        if (story.negativeCount() > 0 && story.articleCount() > 0) {
            double share = (double) story.negativeCount() / story.articleCount();
            signals.add(new Signal("negative-share", share, story.negativeCount() + "/" + story.articleCount()
                    + " bài mang sắc thái tiêu cực (" + Wording.percent(share) + ")"));
        }
        if (story.maxSuspicion() > 0) {
            signals.add(new Signal("suspicion", story.maxSuspicion(), "Điểm nghi vấn cao nhất "
                    + Wording.num(story.maxSuspicion()) + " (nghi vấn từ " + Wording.num(config.suspiciousScore())
                    + ", khẩn từ " + Wording.num(config.urgentSuspicion()) + ")"));
        }
        for (Signal s : nonNull(story.suspicionSignals())) {
            signals.add(new Signal("suspicion:" + s.name(), s.weight(), s.evidence()));
        }
        return signals;
    }

    /**
     * Whether {@code signal} is part of this rule's verdict on a story: a new verdict replaces all of them, so an alert
     * never shows "official press carried it" beside an earlier "no official press has" (issue 11, a live demo run).
     */
    static boolean owns(Signal signal) {
        return VERDICT_SIGNALS.contains(signal.name()) || signal.name().startsWith("suspicion:");
    }

    private String mainTopic(Story story) {
        List<String> topics = nonNull(story.topics());
        return topics.stream().filter(publicConcernTopics::containsKey).findFirst()
                .orElse(topics.isEmpty() ? null : topics.get(0));
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
