package vn.tinradar.analyze.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinradar.analyze.Fixtures.article;
import static vn.tinradar.analyze.Fixtures.at;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.analyze.config.AnalyzeConfig;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.ArticleIds;
import vn.tinradar.common.event.Engagement;
import vn.tinradar.common.event.EngagementObservation;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.event.SocialPost;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.Story;

/**
 * Social posts over time in the production topology with the product's scorer: a post polled again with new counts
 * updates its engagement history, pages posting one text in concert raise "đăng đồng loạt", and an account first
 * seen recently is named as such (issue 15).
 */
class EngagementTopologyTest {

    private static final String RUMOUR_TITLE = "Khẩn: xả lũ hồ thủy điện Bắc Hà đêm nay, bà con vùng hạ du sơ tán ngay";
    private static final String RUMOUR_TEXT = "Nghe nói đêm nay thủy điện Bắc Hà xả lũ toàn bộ, nước sẽ ngập hết xã "
            + "Bảo Nhai và Bản Phố. Ai ở gần suối Nậm Phàng thì chuyển đồ lên cao ngay, chia sẻ cho mọi người cùng biết!";

    @TempDir
    Path stateDir;
    TopologyHarness t;

    @BeforeEach
    void start() {
        t = new TopologyHarness(stateDir, AnalyzeConfig.defaults(), TopologyHarness.productScorer());
    }

    @AfterEach
    void stop() {
        t.close();
    }

    /** A page's public post as the Facebook import gives it, read at {@code readAt} with those counts. */
    private static Article post(String page, String postId, String published, String readAt, Engagement counts) {
        String url = "https://facebook.com/" + page + "/posts/" + postId;
        return new Article(Article.VERSION, ArticleIds.fromCanonicalUrl(url), url, "social:facebook:" + page,
                page + " (facebook)", SourceTier.FORUM_SOCIAL, RUMOUR_TITLE, null, RUMOUR_TEXT, null, null, null,
                "vi", at(published), null, "import", at(readAt).toInstant(),
                ArticleIds.contentHash(RUMOUR_TITLE, RUMOUR_TEXT), counts, false,
                new SocialPost("facebook", page, page, postId, SocialPost.POST, null));
    }

    private static Article pressCopy(String outlet, SourceTier tier, OffsetDateTime published) {
        return article("https://" + outlet + ".vn/bac-ha-xa-lu-dieu-tiet.html", outlet, tier,
                "Thủy điện Bắc Hà xả lũ điều tiết, hạ du cần chủ động phòng tránh",
                "Công ty thủy điện Bắc Hà thông báo xả lũ điều tiết từ 20 giờ ngày 20/11 với lưu lượng 300 m3/s. "
                        + "UBND xã Bảo Nhai đề nghị người dân không qua lại suối Nậm Phàng trong thời gian xả lũ.",
                published);
    }

    private static List<String> names(List<Signal> signals) {
        return signals.stream().map(Signal::name).toList();
    }

    /** One post read at 09:30 with 20 shares and again at 11:30 with 3,000; what analyze made of both reads. */
    private List<ScoredArticle> pollTwiceTwoHoursApart() {
        Article first = post("tinnongbacha", "5501", "2026-11-20T09:00:00", "2026-11-20T09:30:00",
                new Engagement(150L, 12L, 20L, null));
        Article later = post("tinnongbacha", "5501", "2026-11-20T09:00:00", "2026-11-20T11:30:00",
                new Engagement(4_100L, 620L, 3_000L, null));
        t.send(first, first.fetchedAt());
        t.send(later, later.fetchedAt());
        return t.scoredArticles().stream().map(kv -> kv.value).toList();
    }

    @Test
    void postPolledAgainWithMoreSharesUpdatesItsHistoryAndStaysOneArticle() {
        List<ScoredArticle> scored = pollTwiceTwoHoursApart();

        assertThat(scored).extracting(ScoredArticle::id).containsOnly(ArticleIds.fromCanonicalUrl(
                "https://facebook.com/tinnongbacha/posts/5501"));
        assertThat(scored.get(1).engagementHistory()).extracting(o -> o.counts().share()).containsExactly(20L, 3_000L);
        Story story = t.stories.readValuesToList().get(1);
        assertThat(story.articleCount()).isEqualTo(1);
    }

    @Test
    void fastGrowingSharesRaiseTheSpreadSignalWithFromAndTo() {
        Signal spread = pollTwiceTwoHoursApart().get(1).suspicion().signals().stream()
                .filter(g -> g.name().equals("fast-spread")).findFirst().orElseThrow();
        assertThat(spread.evidence()).contains("tăng từ 32 lên 3.620 trong 2 giờ", "lượt chia sẻ từ 20 lên 3.000");
    }

    @Test
    void storyOfAFastSpreadingPostSaysHowFastAndWhere() {
        pollTwiceTwoHoursApart();

        List<Story> stories = t.stories.readValuesToList();
        Signal spread = stories.get(stories.size() - 1).suspicionSignals().stream()
                .filter(g -> g.name().equals("fast-spread")).findFirst().orElseThrow();
        assertThat(spread.evidence()).startsWith("tinnongbacha (facebook): lượt chia sẻ và bình luận tăng từ 32 lên 3.620");
    }

    @Test
    void postPolledAgainWithTheSameCountsIsARepeat() {
        Engagement counts = new Engagement(150L, 12L, 20L, 900L);
        t.send(post("tinnongbacha", "5501", "2026-11-20T09:00:00", "2026-11-20T09:30:00", counts),
                at("2026-11-20T09:30:00").toInstant());
        t.send(post("tinnongbacha", "5501", "2026-11-20T09:00:00", "2026-11-20T10:30:00", counts),
                at("2026-11-20T10:30:00").toInstant());

        List<ScoredArticle> scored = t.scoredArticles().stream().map(kv -> kv.value).toList();
        assertThat(scored).hasSize(1);
        assertThat(scored.get(0).engagementHistory()).extracting(EngagementObservation::counts)
                .containsExactly(counts);
    }

    @Test
    void threePagesPostingTheSameTextWithinMinutesRaiseCoordinatedPosting() {
        Engagement few = new Engagement(3L, 0L, 1L);
        t.send(post("tinnongbacha", "7001", "2026-11-20T20:00:00", "2026-11-20T20:01:00", few));
        t.send(post("baonhaiquetoi", "7002", "2026-11-20T20:04:00", "2026-11-20T20:05:00", few));
        t.send(post("hoinguoibanpho", "7003", "2026-11-20T20:12:00", "2026-11-20T20:13:00", few));

        List<Story> stories = t.stories.readValuesToList();
        Story story = stories.get(stories.size() - 1);
        assertThat(story.articleCount()).isEqualTo(3);
        Signal coordinated = story.suspicionSignals().stream().filter(g -> g.name().equals("coordinated-posting"))
                .findFirst().orElseThrow();
        assertThat(coordinated.evidence()).contains("đăng đồng loạt: 3 tài khoản", "trong 12 phút",
                "tinnongbacha", "baonhaiquetoi", "hoinguoibanpho");
        assertThat(story.suspicionReason()).contains("đăng đồng loạt");
    }

    @Test
    void licensedOutletsRepublishingOneArticleDoNotRaiseCoordinatedPosting() {
        t.send(pressCopy("baolaocai", SourceTier.PROVINCIAL_PRESS, at("2026-11-20T16:00:00")));
        t.send(pressCopy("vnexpress", SourceTier.NATIONAL_PRESS, at("2026-11-20T16:05:00")));
        t.send(pressCopy("dantri", SourceTier.NATIONAL_PRESS, at("2026-11-20T16:09:00")));

        List<Story> stories = t.stories.readValuesToList();
        Story story = stories.get(stories.size() - 1);
        assertThat(story.articleCount()).isEqualTo(3);
        assertThat(names(story.suspicionSignals())).doesNotContain("coordinated-posting");
    }

    @Test
    void pageFirstSeenWeeksAfterMonitoringBeganIsANewAccount() {
        t.send(pressCopy("baolaocai", SourceTier.PROVINCIAL_PRESS, at("2026-11-01T08:00:00")));
        t.send(post("tinnongbacha", "7001", "2026-11-20T20:00:00", "2026-11-20T20:01:00", null));

        Signal young = t.scoredArticles().get(1).value.suspicion().signals().stream()
                .filter(g -> g.name().equals("new-account")).findFirst().orElseThrow();
        assertThat(young.evidence()).contains("tài khoản facebook tinnongbacha", "lần đầu thấy ngày 20/11/2026",
                "TinRadar theo dõi từ 01/11/2026");
    }
}
