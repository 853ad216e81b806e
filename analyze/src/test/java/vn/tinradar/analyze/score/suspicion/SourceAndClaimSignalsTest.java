package vn.tinradar.analyze.score.suspicion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.analyze.score.Articles;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Claim;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.Suspicion;
import vn.tinradar.common.event.Verdict;

/** The signals the pipeline's context adds: how long the source's domain has been seen, and reviewed claims. */
class SourceAndClaimSignalsTest {

    private static final Instant WATCHING_SINCE = Instant.parse("2026-10-01T00:00:00Z");
    private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2026-11-20T21:00:00+07:00");
    private final SuspicionScorer scorer = new SuspicionScorer(SuspicionLexicon.loadDefault(), null, null);

    private static final Article FABRICATED = Articles.article("tinnong24h", SourceTier.UNLICENSED_SITE,
            "Bệnh viện tỉnh từ chối cấp cứu sản phụ giữa đêm",
            "Theo phản ánh của người nhà, bệnh viện tỉnh từ chối cấp cứu sản phụ vì gia đình chưa nộp tiền tạm ứng, "
                    + "khiến sản phụ phải chuyển viện trong đêm.", "Admin", PUBLISHED, false);

    private static final Claim HOSPITAL = new Claim(Claim.VERSION, "c-benh-vien",
            "Bệnh viện tỉnh từ chối cấp cứu sản phụ vì chưa nộp tiền", Verdict.FALSE, "Sở Y tế tỉnh Lào Cai",
            LocalDate.parse("2026-11-18"), "https://laocai.gov.vn/cai-chinh-benh-vien", "admin",
            Instant.parse("2026-11-18T03:00:00Z"), null, null);

    @Test
    void siteFirstSeenTwoDaysAgoIsAYoungDomainSayingWhen() {
        SourceHistory history = new SourceHistory("tinnong24h", "tinnong24h.net",
                PUBLISHED.minusDays(2).toInstant(), WATCHING_SINCE, 4);

        Suspicion s = scorer.score(FABRICATED, history, List.of());

        Signal young = signal(s, "young-domain");
        assertThat(young.weight()).isEqualTo(SourceAgeSignal.YOUNG_WEIGHT);
        assertThat(young.evidence()).contains("tinnong24h.net", "18/11/2026", "2 ngày", "01/10/2026");
    }

    @Test
    void youngDomainRaisesTheScore() {
        SourceHistory young = new SourceHistory("tinnong24h", "tinnong24h.net", PUBLISHED.minusDays(2).toInstant(),
                WATCHING_SINCE, 4);

        assertThat(scorer.score(FABRICATED, young, List.of()).score()).isGreaterThan(scorer.score(FABRICATED).score());
    }

    @Test
    void siteSeenForMonthsIsNotYoung() {
        SourceHistory old = new SourceHistory("tinnong24h", "tinnong24h.net", Instant.parse("2026-06-01T00:00:00Z"),
                WATCHING_SINCE, 400);

        assertThat(names(scorer.score(FABRICATED, old, List.of()))).doesNotContain("young-domain");
    }

    @Test
    void domainFirstSeenWhenMonitoringBeganMayBeOldAndIsNotFlagged() {
        SourceHistory sinceStart = new SourceHistory("tinnong24h", "tinnong24h.net",
                WATCHING_SINCE.plusSeconds(3600), WATCHING_SINCE.plusSeconds(600), 4);
        Article early = Articles.article("tinnong24h", SourceTier.UNLICENSED_SITE, FABRICATED.title(),
                FABRICATED.text(), "Admin", OffsetDateTime.parse("2026-10-01T12:00:00+07:00"), false);

        assertThat(names(scorer.score(early, sinceStart, List.of()))).doesNotContain("young-domain");
    }

    @Test
    void licensedPressIsNeverAYoungDomain() {
        Article press = Articles.article("baolaocai", SourceTier.PROVINCIAL_PRESS, FABRICATED.title(),
                FABRICATED.text(), "Thu Hà", PUBLISHED, true);
        SourceHistory young = new SourceHistory("baolaocai", "baolaocai.vn", PUBLISHED.minusDays(1).toInstant(),
                WATCHING_SINCE, 2);

        assertThat(names(scorer.score(press, young, List.of()))).doesNotContain("young-domain");
    }

    @Test
    void articleRepeatingAFalseClaimGetsTheClaimAndSimilarityAsEvidence() {
        Suspicion s = scorer.score(FABRICATED, null, List.of(new ClaimMatch(HOSPITAL, 0.8)));

        Signal debunked = signal(s, ClaimSignals.DEBUNKED);
        assertThat(debunked.weight()).isEqualTo(2.4);
        assertThat(debunked.evidence()).startsWith("Giống 80% với tin đã được kết luận là tin sai sự thật")
                .contains("Bệnh viện tỉnh từ chối cấp cứu sản phụ vì chưa nộp tiền", "Sở Y tế tỉnh Lào Cai",
                        "18/11/2026", "https://laocai.gov.vn/cai-chinh-benh-vien");
        assertThat(s.score()).isGreaterThan(scorer.score(FABRICATED).score());
    }

    @Test
    void storyAggregationReadsTheSameClaimFromEveryArticlesEvidence() {
        String a = signal(scorer.score(FABRICATED, null, List.of(new ClaimMatch(HOSPITAL, 0.8))),
                ClaimSignals.DEBUNKED).evidence();
        String b = signal(scorer.score(FABRICATED, null, List.of(new ClaimMatch(HOSPITAL, 0.65))),
                ClaimSignals.DEBUNKED).evidence();

        assertThat(ClaimSignals.claimOf(a)).isEqualTo(ClaimSignals.claimOf(b)).startsWith("tin đã được kết luận");
    }

    @Test
    void articleMatchingAVerifiedClaimScoresLower() {
        Claim verified = new Claim(Claim.VERSION, "c-dap", "Đập thủy điện Bát Xát an toàn sau đợt mưa lớn",
                Verdict.VERIFIED, "Ban Chỉ huy PCTT tỉnh", LocalDate.parse("2026-11-19"),
                "https://laocai.gov.vn/dap-an-toan", "admin", Instant.parse("2026-11-19T03:00:00Z"), null, null);

        Suspicion s = scorer.score(FABRICATED, null, List.of(new ClaimMatch(verified, 0.9)));

        assertThat(signal(s, ClaimSignals.VERIFIED).weight()).isNegative();
        assertThat(s.score()).isLessThan(scorer.score(FABRICATED).score());
    }

    @Test
    void pressReportOfTheCorrectionIsNotFlaggedForRepeatingTheClaim() {
        Article correction = Articles.article("baolaocai", SourceTier.PROVINCIAL_PRESS,
                "Thông tin bệnh viện tỉnh từ chối cấp cứu sản phụ là sai sự thật",
                "Sở Y tế khẳng định thông tin bệnh viện tỉnh từ chối cấp cứu sản phụ vì chưa nộp tiền lan truyền trên "
                        + "mạng là sai sự thật; sản phụ được cấp cứu kịp thời.", "Minh Anh", PUBLISHED, true);

        assertThat(names(scorer.score(correction, null, List.of(new ClaimMatch(HOSPITAL, 0.9)))))
                .doesNotContain(ClaimSignals.DEBUNKED);
    }

    private static List<String> names(Suspicion s) {
        return s.signals().stream().map(Signal::name).toList();
    }

    private static Signal signal(Suspicion s, String name) {
        return s.signals().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }
}
