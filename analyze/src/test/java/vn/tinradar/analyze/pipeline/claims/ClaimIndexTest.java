package vn.tinradar.analyze.pipeline.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinradar.analyze.Fixtures.article;
import static vn.tinradar.analyze.Fixtures.at;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.analyze.score.suspicion.ClaimMatch;
import vn.tinradar.common.event.Article;
import vn.tinradar.common.event.Claim;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.common.event.Verdict;

/** Lucene similarity of articles to a small index of reviewed claims. */
class ClaimIndexTest {

    private static final Claim HOSPITAL = claim("c-benh-vien", "Bệnh viện tỉnh từ chối cấp cứu sản phụ vì chưa nộp tiền",
            Verdict.FALSE);
    private static final Claim DAM = claim("c-vo-dap", "Đập thủy điện ở Bát Xát sắp vỡ, người dân phải sơ tán ngay",
            Verdict.FAKE);
    private static final Claim FLOOD_AID = claim("c-ho-tro", "Tỉnh hỗ trợ 5 triệu đồng cho mỗi hộ bị ảnh hưởng lũ quét",
            Verdict.VERIFIED);
    private static final ClaimIndex INDEX = ClaimIndex.of(List.of(HOSPITAL, DAM, FLOOD_AID));

    @Test
    void articleRepeatingAClaimMatchesIt() {
        Article copy = article("https://tinnong24h.net/benh-vien", "tinnong24h", SourceTier.UNLICENSED_SITE,
                "SỐC: Bệnh viện tỉnh từ chối cấp cứu sản phụ vì chưa nộp tiền!!!",
                "Người nhà cho biết sản phụ bị bỏ mặc suốt hai giờ. Chia sẻ ngay để mọi người biết.",
                at("2026-11-20T21:00:00"));

        List<ClaimMatch> matches = INDEX.matches(copy, 0.6, 3);

        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.claim().id()).isEqualTo("c-benh-vien");
            assertThat(m.similarity()).isGreaterThanOrEqualTo(0.9);
        });
    }

    @Test
    void claimRetoldWithoutDiacriticsStillMatches() {
        Article post = article("https://facebook.com/groups/laocai/posts/9", "fb-laocai", SourceTier.FORUM_SOCIAL,
                "", "nghe noi dap thuy dien o Bat Xat sap vo, nguoi dan phai so tan ngay trong dem",
                at("2026-11-20T22:00:00"));

        assertThat(INDEX.matches(post, 0.6, 3)).extracting(m -> m.claim().id()).containsExactly("c-vo-dap");
    }

    @Test
    void articleSharingOnlyCommonWordsDoesNotMatch() {
        Article unrelated = article("https://baolaocai.vn/benh-vien-moi", "baolaocai", SourceTier.PROVINCIAL_PRESS,
                "Bệnh viện tỉnh khánh thành khu điều trị mới",
                "Khu điều trị có 200 giường, phục vụ người dân các xã vùng cao; sản phụ được chăm sóc miễn phí.",
                at("2026-11-20T09:00:00"));

        assertThat(INDEX.matches(unrelated, 0.6, 3)).isEmpty();
    }

    @Test
    void withdrawnClaimNoLongerMatches() {
        ClaimIndex withWithdrawn = ClaimIndex.of(List.of(HOSPITAL.withdrawn("admin", Instant.now()), DAM));
        Article copy = article("https://tinnong24h.net/benh-vien-2", "tinnong24h", SourceTier.UNLICENSED_SITE,
                "Bệnh viện tỉnh từ chối cấp cứu sản phụ vì chưa nộp tiền", "Bài đăng lại.", at("2026-11-21T08:00:00"));

        assertThat(withWithdrawn.size()).isEqualTo(1);
        assertThat(withWithdrawn.matches(copy, 0.6, 3)).isEmpty();
    }

    @Test
    void similarityIsTheWeightedShareOfTheClaimsPairsFound() {
        Article half = article("https://tinnong24h.net/benh-vien-3", "tinnong24h", SourceTier.UNLICENSED_SITE,
                "Bệnh viện tỉnh từ chối cấp cứu", "Không rõ thực hư.", at("2026-11-21T09:00:00"));

        List<ClaimMatch> loose = INDEX.matches(half, 0.1, 3);

        assertThat(loose).singleElement().satisfies(m -> assertThat(m.similarity()).isBetween(0.3, 0.7));
        assertThat(INDEX.matches(half, 0.8, 3)).isEmpty();
    }

    private static Claim claim(String id, String text, Verdict verdict) {
        return new Claim(Claim.VERSION, id, text, verdict, "Sở Thông tin và Truyền thông", LocalDate.parse("2026-11-18"),
                "https://laocai.gov.vn/" + id, "admin", Instant.parse("2026-11-18T03:00:00Z"), null, null);
    }
}
