package vn.tinradar.analyze.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinradar.analyze.Fixtures.article;
import static vn.tinradar.analyze.Fixtures.at;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.analyze.config.AnalyzeConfig;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Claim;
import vn.tinradar.common.event.ScoredArticle;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.Story;
import vn.tinradar.common.event.Verdict;

/**
 * The product's scorer in the topology, with what only the pipeline knows: the source's first sighting (store
 * source-first-seen) and the reviewed claims of the global store, up to the story signal the debunked-claim
 * alert rule reads.
 */
class ContextSignalsTopologyTest {

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

    private static final Claim HOSPITAL = new Claim(Claim.VERSION, "c-benh-vien",
            "Bệnh viện tỉnh từ chối cấp cứu sản phụ vì chưa nộp tiền", Verdict.FALSE, "Sở Y tế tỉnh Lào Cai",
            LocalDate.parse("2026-11-18"), "https://laocai.gov.vn/cai-chinh-benh-vien", "admin",
            Instant.parse("2026-11-18T03:00:00Z"), null, null);

    private static Article fabricated(String site, int n, String published) {
        return article("https://" + site + ".net/benh-vien-" + n, site, SourceTier.UNLICENSED_SITE,
                "Nóng: Bệnh viện tỉnh từ chối cấp cứu sản phụ vì chưa nộp tiền",
                "Người nhà sản phụ ở phường Yên Bái cho biết bệnh viện tỉnh từ chối cấp cứu sản phụ vì gia đình chưa "
                        + "nộp tiền tạm ứng. Chia sẻ ngay để mọi người cùng biết. Bài " + n + ".", at(published));
    }

    @Test
    void articleRepeatingAReviewedFalseClaimCarriesItAsASignalAndItsStoryToo() {
        t.claims.pipeInput(HOSPITAL.id(), HOSPITAL);
        t.send(fabricated("tinnong24h", 1, "2026-11-20T21:00:00"));
        t.send(fabricated("baomoi247", 2, "2026-11-20T21:30:00"));

        ScoredArticle s = t.scoredArticles().get(1).value;
        Signal signal = s.suspicion().signals().stream().filter(g -> g.name().equals("debunked-claim"))
                .findFirst().orElseThrow();
        assertThat(signal.evidence()).contains("tin sai sự thật", HOSPITAL.claimReviewed(), HOSPITAL.correctionUrl());
        List<Story> stories = t.stories.readValuesToList();
        Story story = stories.get(stories.size() - 1);
        assertThat(story.suspicionSignals()).filteredOn(g -> g.name().equals("debunked-claim")).singleElement()
                .satisfies(g -> {
                    assertThat(g.weight()).isGreaterThanOrEqualTo(0.6);
                    assertThat(g.evidence()).startsWith("2 bài lặp lại").contains(HOSPITAL.claimReviewed());
                });
    }

    @Test
    void withdrawnClaimStopsMatchingNewArticles() {
        t.claims.pipeInput(HOSPITAL.id(), HOSPITAL);
        t.send(fabricated("tinnong24h", 1, "2026-11-20T21:00:00"));
        t.claims.pipeInput(HOSPITAL.id(), HOSPITAL.withdrawn("admin", Instant.parse("2026-11-21T00:00:00Z")));
        t.send(fabricated("baomoi247", 2, "2026-11-21T08:00:00"));

        List<ScoredArticle> scored = t.scoredArticles().stream().map(kv -> kv.value).toList();
        assertThat(names(scored.get(0))).contains("debunked-claim");
        assertThat(names(scored.get(1))).doesNotContain("debunked-claim");
    }

    @Test
    void siteAppearingWeeksAfterMonitoringBeganIsAYoungDomain() {
        // TinRadar has watched the provincial paper since 1 November
        t.send(article("https://baolaocai.vn/le-hoi-1", "baolaocai", SourceTier.PROVINCIAL_PRESS,
                "Lễ hội xuống đồng ở xã Bảo Yên", "Người dân xã Bảo Yên tổ chức lễ hội xuống đồng đầu năm.",
                at("2026-11-01T08:00:00")));
        t.send(fabricated("tinnong24h", 1, "2026-11-20T21:00:00"));
        t.send(fabricated("tinnong24h", 2, "2026-11-22T21:00:00"));

        ScoredArticle later = t.scoredArticles().get(2).value;
        Signal young = later.suspicion().signals().stream().filter(g -> g.name().equals("young-domain")).findFirst()
                .orElseThrow();
        assertThat(young.evidence()).contains("tinnong24h.net", "20/11/2026", "2 ngày", "01/11/2026");
    }

    @Test
    void sourcesSeenFromTheStartAreNotYoung() {
        t.send(fabricated("tinnong24h", 1, "2026-11-20T21:00:00"));
        t.send(fabricated("tinnong24h", 2, "2026-11-21T21:00:00"));

        assertThat(t.scoredArticles()).allSatisfy(kv -> assertThat(names(kv.value)).doesNotContain("young-domain"));
    }

    private static List<String> names(ScoredArticle s) {
        return s.suspicion().signals().stream().map(Signal::name).toList();
    }
}
