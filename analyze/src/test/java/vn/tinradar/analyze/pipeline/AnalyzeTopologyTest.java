package vn.tinradar.analyze.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinradar.analyze.Fixtures.article;
import static vn.tinradar.analyze.Fixtures.at;
import static vn.tinradar.analyze.Fixtures.landslide;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.analyze.metrics.AnalyzeMetrics;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Rejected;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.ArticleIds;
import vn.tinradar.common.event.Engagement;
import vn.tinradar.common.event.SocialPost;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.Story;
import vn.tinradar.common.event.StoryMerge;

/** The analyze topology end to end in memory: dedup, scoring, dead letters, stories. Trends: {@link TrendsTopologyTest}. */
class AnalyzeTopologyTest {

    @TempDir
    Path stateDir;
    TopologyHarness t;

    @BeforeEach
    void start() {
        t = new TopologyHarness(stateDir);
    }

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void dropsSecondDeliveryOfSameArticleWithinWindow() {
        Article a = landslide(1, at("2026-11-20T08:00:00"));
        t.send(a);
        t.send(a, a.published().toInstant().plusSeconds(600));

        assertThat(t.scoredArticles()).extracting(kv -> kv.key).containsExactly(a.id());
        assertThat(t.metrics.articles(AnalyzeMetrics.Stage.DUPLICATE)).isEqualTo(1);
    }

    @Test
    void dropsSameTextFromSameSourceUnderAnotherUrl() {
        Article first = landslide(1, at("2026-11-20T08:00:00"));
        Article mobileCopy = article("https://m.baolaocai.vn/sat-lo-bao-yen-1.html", "baolaocai",
                SourceTier.PROVINCIAL_PRESS, first.title(), first.text(), first.published());
        t.send(first);
        t.send(mobileCopy);

        assertThat(t.scoredArticles()).extracting(kv -> kv.key).containsExactly(first.id());
        assertThat(t.metrics.articles(AnalyzeMetrics.Stage.DUPLICATE)).isEqualTo(1);
    }

    @Test
    void passesChangedVersionOfSameArticleAsUpdate() {
        Article a = landslide(1, at("2026-11-20T08:00:00"));
        Article corrected = a.withText(a.title(), null, a.text() + " Cập nhật: không có thương vong.",
                "ignored-by-normaliser");
        t.send(a);
        t.send(corrected, a.published().toInstant().plusSeconds(900));

        assertThat(t.scoredArticles()).extracting(kv -> kv.key).containsExactly(a.id(), a.id());
        assertThat(t.metrics.articles(AnalyzeMetrics.Stage.UPDATED)).isEqualTo(1);
    }

    @Test
    void scoringFillsPlacesTopicsSentimentAndSuspicion() {
        t.send(landslide(1, at("2026-11-20T08:00:00")));

        ScoredArticle s = t.scoredArticles().get(0).value;
        assertThat(s.places()).extracting(p -> p.name()).containsExactly("Xã Bảo Yên");
        assertThat(s.topics()).extracting(tp -> tp.label()).containsExactly("thien-tai");
        assertThat(s.sentiment().isNegative()).isTrue();
        assertThat(s.suspicion()).isNotNull();
        assertThat(s.storyId()).isNotBlank();
        assertThat(t.metrics.articles(AnalyzeMetrics.Stage.SCORED)).isEqualTo(1);
    }

    @Test
    void normalisesDecomposedTextToNfc() {
        Article a = landslide(1, at("2026-11-20T08:00:00"));
        String nfd = java.text.Normalizer.normalize(a.title(), java.text.Normalizer.Form.NFD);
        t.send(a.withText(nfd, null, a.text(), a.contentHash()));

        assertThat(t.scoredArticles().get(0).value.article().title()).isEqualTo(a.title());
    }

    @Test
    void routesUnparseableRecordToRejectedTopic() {
        t.raw.pipeInput("abc123", "{\"id\": \"abc123\", \"title\": ".getBytes(StandardCharsets.UTF_8));
        t.send(landslide(1, at("2026-11-20T08:00:00")));

        List<KeyValue<String, Rejected>> rejected = t.rejected.readKeyValuesToList();
        assertThat(rejected).hasSize(1);
        assertThat(rejected.get(0).value.reason()).isEqualTo("unparseable");
        assertThat(t.scoredArticles()).hasSize(1);
        assertThat(t.metrics.articles(AnalyzeMetrics.Stage.REJECTED)).isEqualTo(1);
    }

    @Test
    void nearCopiesAcrossLowTierSitesJoinOneStoryCountedAsCopies() {
        String title = "Chấn động: Hồ thủy điện ở Bát Xát sắp vỡ đập, người dân cần sơ tán ngay";
        String body = "Theo nguồn tin riêng, đập thủy điện ở xã Bát Xát đã xuất hiện nhiều vết nứt lớn và có thể vỡ "
                + "bất cứ lúc nào trong đêm nay. Người dân vùng hạ du được khuyên sơ tán ngay lập tức, mang theo "
                + "giấy tờ tùy thân và lương thực. Hãy chia sẻ ngay để cứu lấy bà con trước khi quá muộn.";
        t.send(article("https://tinnong24h.net/vo-dap-bat-xat", "tinnong24h", SourceTier.UNLICENSED_SITE, title,
                body, at("2026-11-20T21:00:00")));
        t.send(article("https://baomoi247.info/bat-xat-vo-dap", "baomoi247", SourceTier.UNLICENSED_SITE,
                "NÓNG: " + title, body + " Nguồn: mạng xã hội.", at("2026-11-20T21:20:00")));
        t.send(article("https://facebook.com/groups/laocai/posts/1", "fb-laocai", SourceTier.FORUM_SOCIAL, title,
                body.replace("Hãy chia sẻ ngay", "Chia sẻ ngay"), at("2026-11-20T21:45:00")));

        List<ScoredArticle> scored = t.scoredArticles().stream().map(kv -> kv.value).toList();
        assertThat(scored).extracting(ScoredArticle::storyId).containsOnly(scored.get(0).storyId());
        assertThat(scored.get(0).duplicateOf()).isNull();
        assertThat(scored.subList(1, 3)).extracting(ScoredArticle::duplicateOf).containsOnly(scored.get(0).id());

        Story story = t.stories.readValuesToList().get(2);
        assertThat(story.articleCount()).isEqualTo(3);
        assertThat(story.copyCount()).isEqualTo(2);
        assertThat(story.lowTierSources()).hasSize(3);
        assertThat(story.tiers()).contains(SourceTier.UNLICENSED_SITE, SourceTier.FORUM_SOCIAL);
        assertThat(story.maxSuspicion()).isEqualTo(0.5);
        assertThat(story.suspicionSignals()).extracting(s -> s.name()).contains("low-tier-copy-spread");
    }

    @Test
    void reportsOfOneEventFromDifferentSourcesJoinOneStoryAsIndependentReports() {
        t.send(landslide(1, at("2026-11-20T08:00:00")));
        t.send(article("https://vnexpress.net/sat-lo-bao-yen-4801", "vnexpress", SourceTier.NATIONAL_PRESS,
                "Sạt lở đe dọa hộ dân ở xã Bảo Yên, Lào Cai",
                "Hàng chục hộ dân xã Bảo Yên phải rời nhà trong đêm khi đồi phía sau bị nứt toác sau mưa lớn. "
                        + "Lực lượng chức năng đang túc trực tại hiện trường.",
                at("2026-11-20T10:30:00")));

        List<ScoredArticle> scored = t.scoredArticles().stream().map(kv -> kv.value).toList();
        assertThat(scored.get(1).storyId()).isEqualTo(scored.get(0).storyId());
        assertThat(scored.get(1).duplicateOf()).isNull();
        Story story = t.stories.readValuesToList().get(1);
        assertThat(story.articleCount()).isEqualTo(2);
        assertThat(story.copyCount()).isZero();
        assertThat(story.sources()).containsExactly("Báo Lào Cai", "VnExpress");
    }

    @Test
    void socialPostAboutAnEventJoinsThePressStoryAndKeepsWhereItWasPosted() {
        t.send(landslide(1, at("2026-11-20T08:00:00")));
        String url = "https://facebook.com/tinnongbaoyen/posts/90210";
        Article post = new Article(Article.VERSION, ArticleIds.fromCanonicalUrl(url), url,
                "social:facebook:tinnongbaoyen", "Tin nóng Bảo Yên (facebook)", SourceTier.FORUM_SOCIAL,
                "Sạt lở đe dọa hộ dân ở xã Bảo Yên, mưa lớn vùi lấp nhà",
                "Taluy dương sạt lở tại thôn Khe Mạ, xã Bảo Yên, các hộ dân được di dời khẩn cấp trong đêm. "
                        + "Mọi người đi qua khu vực này chú ý an toàn!",
                null, null, null, null, "vi", at("2026-11-20T09:10:00"), null, "import",
                at("2026-11-20T09:20:00").toInstant(), "post-90210", new Engagement(320L, 41L, 87L), false,
                new SocialPost("facebook", "tinnongbaoyen", "Tin nóng Bảo Yên", "90210", SocialPost.POST, null));
        t.send(post);

        List<ScoredArticle> scored = t.scoredArticles().stream().map(kv -> kv.value).toList();
        assertThat(scored.get(1).storyId()).isEqualTo(scored.get(0).storyId());
        assertThat(scored.get(1).article().post().platform()).isEqualTo("facebook");
        assertThat(scored.get(1).article().engagement().share()).isEqualTo(87L);
    }

    @Test
    void sameTemplateAboutDifferentCommunesMakesTwoStoriesAndNoCopy() {
        String title = "Khánh thành trường học mới cho học sinh vùng cao";
        String body = "Sáng nay, %s tổ chức lễ khánh thành và đưa vào sử dụng trường học mới với 18 phòng học kiên cố, "
                + "khu nội trú và nhà ăn, đáp ứng nhu cầu học tập của hơn 500 học sinh. Công trình được xây dựng từ "
                + "nguồn ngân sách tỉnh và vốn xã hội hóa.";
        t.send(article("https://baolaocai.vn/truong-moi-bat-xat", "baolaocai", SourceTier.PROVINCIAL_PRESS, title,
                body.formatted("xã Bát Xát"), at("2026-11-20T08:00:00")));
        t.send(article("https://laocai.gov.vn/truong-moi-bao-yen", "laocai-gov", SourceTier.GOVERNMENT_PORTAL, title,
                body.formatted("xã Bảo Yên"), at("2026-11-20T09:00:00")));

        List<ScoredArticle> scored = t.scoredArticles().stream().map(kv -> kv.value).toList();
        assertThat(scored.get(1).storyId()).isNotEqualTo(scored.get(0).storyId());
        assertThat(scored.get(1).duplicateOf()).isNull();
    }

    @Test
    void bridgingReportMergesTwoStoriesOfOneEventIntoTheEarlierOne() {
        Article landslide = article("https://baolaocai.vn/sat-lo-khe-ma", "baolaocai", SourceTier.PROVINCIAL_PRESS,
                "Sạt lở đất vùi lấp nhà dân ở thôn Khe Mạ, xã Bảo Yên",
                "Khối đất đá từ taluy dương đổ xuống vùi lấp hai căn nhà, người dân kịp thời thoát ra ngoài.",
                at("2026-11-20T06:00:00"));
        Article flood = article("https://vnexpress.net/lu-quet-cau-treo", "vnexpress", SourceTier.NATIONAL_PRESS,
                "Mưa lớn gây lũ quét cuốn trôi cầu treo xã Bảo Yên",
                "Chiếc cầu treo nối hai thôn bị nước cuốn trôi trong đêm, hàng trăm học sinh phải nghỉ học.",
                at("2026-11-20T07:00:00"));
        Article bridge = article("https://laocai.gov.vn/mua-lon-bao-yen", "laocai-gov", SourceTier.GOVERNMENT_PORTAL,
                "Mưa lớn gây lũ quét và sạt lở đất vùi lấp nhà dân ở xã Bảo Yên",
                "UBND xã Bảo Yên báo cáo thiệt hại sau trận mưa lớn đêm qua: một cầu treo bị cuốn trôi, hai nhà bị "
                        + "vùi lấp.", at("2026-11-20T09:00:00"));
        t.send(landslide);
        t.send(flood);
        List<ScoredArticle> before = t.scoredArticles().stream().map(kv -> kv.value).toList();
        assertThat(before.get(1).storyId()).isNotEqualTo(before.get(0).storyId());

        t.send(bridge);

        ScoredArticle bridged = t.scoredArticles().get(0).value;
        assertThat(bridged.storyId()).isEqualTo(before.get(0).storyId());
        List<KeyValue<String, Story>> written = t.stories.readKeyValuesToList();
        assertThat(written).anySatisfy(kv -> {
            assertThat(kv.key).isEqualTo(before.get(1).storyId());
            assertThat(kv.value).isNull(); // the absorbed story is removed from the compacted topic
        });
        Story merged = written.get(written.size() - 1).value;
        assertThat(merged.id()).isEqualTo(before.get(0).storyId());
        assertThat(merged.articleCount()).isEqualTo(3);
        assertThat(merged.sources()).containsExactly("Báo Lào Cai", "VnExpress", "Cổng TTĐT tỉnh Lào Cai");
        assertThat(t.metrics.articles(AnalyzeMetrics.Stage.SCORED)).isEqualTo(3);
    }

    @Test
    void mergeOfTwoStoriesIsPublishedAsAbsorbedStoryPointingAtTheSurvivor() {
        t.send(article("https://baolaocai.vn/sat-lo-khe-ma", "baolaocai", SourceTier.PROVINCIAL_PRESS,
                "Sạt lở đất vùi lấp nhà dân ở thôn Khe Mạ, xã Bảo Yên",
                "Khối đất đá từ taluy dương đổ xuống vùi lấp hai căn nhà, người dân kịp thời thoát ra ngoài.",
                at("2026-11-20T06:00:00")));
        t.send(article("https://vnexpress.net/lu-quet-cau-treo", "vnexpress", SourceTier.NATIONAL_PRESS,
                "Mưa lớn gây lũ quét cuốn trôi cầu treo xã Bảo Yên",
                "Chiếc cầu treo nối hai thôn bị nước cuốn trôi trong đêm, hàng trăm học sinh phải nghỉ học.",
                at("2026-11-20T07:00:00")));
        List<ScoredArticle> before = t.scoredArticles().stream().map(kv -> kv.value).toList();
        assertThat(t.merges.readKeyValuesToList()).isEmpty();

        t.send(article("https://laocai.gov.vn/mua-lon-bao-yen", "laocai-gov", SourceTier.GOVERNMENT_PORTAL,
                "Mưa lớn gây lũ quét và sạt lở đất vùi lấp nhà dân ở xã Bảo Yên",
                "UBND xã Bảo Yên báo cáo thiệt hại sau trận mưa lớn đêm qua: một cầu treo bị cuốn trôi, hai nhà bị "
                        + "vùi lấp.", at("2026-11-20T09:00:00")));

        List<KeyValue<String, StoryMerge>> merges = t.merges.readKeyValuesToList();
        assertThat(merges).singleElement().satisfies(kv -> {
            assertThat(kv.key).isEqualTo(before.get(1).storyId());
            assertThat(kv.value.story()).isEqualTo(before.get(1).storyId());
            assertThat(kv.value.into()).isEqualTo(before.get(0).storyId());
        });
    }

    @Test
    void storyRecordCarriesTitleFirstSightingSourcesTiersAndCopiesApartFromReports() {
        String body = "Theo nguồn tin riêng, đập thủy điện ở xã Bát Xát đã xuất hiện nhiều vết nứt lớn và có thể vỡ "
                + "bất cứ lúc nào trong đêm nay. Người dân vùng hạ du được khuyên sơ tán ngay lập tức.";
        t.send(article("https://tinnong24h.net/vo-dap", "tinnong24h", SourceTier.UNLICENSED_SITE,
                "Đập thủy điện ở Bát Xát sắp vỡ, người dân sơ tán ngay", body, at("2026-11-20T21:00:00")));
        t.send(article("https://baomoi247.info/vo-dap", "baomoi247", SourceTier.UNLICENSED_SITE,
                "NÓNG: Đập thủy điện ở Bát Xát sắp vỡ", body, at("2026-11-20T21:20:00")));
        t.send(article("https://baolaocai.vn/dap-bat-xat-an-toan", "baolaocai", SourceTier.PROVINCIAL_PRESS,
                "Đập thủy điện ở Bát Xát vẫn an toàn, người dân không cần sơ tán",
                "Ban Chỉ huy phòng chống thiên tai xã Bát Xát khẳng định đập thủy điện vận hành bình thường.",
                at("2026-11-20T22:30:00")));

        List<Story> stories = t.stories.readValuesToList();
        Story story = stories.get(stories.size() - 1);
        assertThat(story.articleCount()).isEqualTo(3);
        assertThat(story.title()).isEqualTo("Đập thủy điện ở Bát Xát vẫn an toàn, người dân không cần sơ tán");
        assertThat(story.firstSeen()).isEqualTo(at("2026-11-20T21:00:00").toInstant());
        assertThat(story.firstSource()).isEqualTo("Trang tinnong24h");
        assertThat(story.sources()).hasSize(3);
        assertThat(story.tiers()).containsExactlyInAnyOrder(SourceTier.UNLICENSED_SITE, SourceTier.PROVINCIAL_PRESS);
        assertThat(story.copyCount()).isEqualTo(1);
        assertThat(story.independentReports()).isEqualTo(2);
    }

    @Test
    void indexesEachDistinctArticleOnce() {
        Article a = landslide(1, at("2026-11-20T08:00:00"));
        t.send(a);
        t.send(a, a.published().toInstant().plusSeconds(60));
        t.send(landslide(2, at("2026-11-20T09:00:00")));

        assertThat(t.metrics.articles(AnalyzeMetrics.Stage.INDEXED)).isEqualTo(2);
    }
}
