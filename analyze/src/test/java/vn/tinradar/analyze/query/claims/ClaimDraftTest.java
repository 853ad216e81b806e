package vn.tinradar.analyze.query.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.Verdict;

/** What staff type in the claim form is checked, and a mistake names the field. */
class ClaimDraftTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneOffset.UTC);

    private static ClaimDraft draft(String claim, String verdict, String by, String date, String url) {
        return new ClaimDraft(claim, verdict, by, date, url);
    }

    @Test
    void acceptsVietnameseDateAndNormalisesTheClaim() {
        ClaimDraft.Checked c = draft("  Bệnh viện tỉnh   từ chối cấp cứu sản phụ ", "false", "Sở Y tế", "18/11/2026",
                "https://laocai.gov.vn/cai-chinh").check(CLOCK);

        assertThat(c.claim()).isEqualTo("Bệnh viện tỉnh từ chối cấp cứu sản phụ");
        assertThat(c.verdict()).isEqualTo(Verdict.FALSE);
        assertThat(c.reviewDate()).isEqualTo(LocalDate.parse("2026-11-18"));
    }

    @Test
    void unknownVerdictNamesTheField() {
        assertThatThrownBy(() -> draft("Bệnh viện tỉnh từ chối cấp cứu sản phụ", "tin-don", "Sở Y tế", "18/11/2026",
                "https://laocai.gov.vn/x").check(CLOCK))
                .hasMessageContaining("'verdict'").hasMessageContaining("fake, false or verified")
                .hasMessageContaining("tin-don");
    }

    @Test
    void correctionMustBeAWebAddress() {
        assertThatThrownBy(() -> draft("Bệnh viện tỉnh từ chối cấp cứu sản phụ", "fake", "Sở Y tế", "18/11/2026",
                "javascript:alert(1)").check(CLOCK)).hasMessageContaining("'correctionUrl'");
    }

    @Test
    void reviewDateInTheFutureIsRefused() {
        assertThatThrownBy(() -> draft("Bệnh viện tỉnh từ chối cấp cứu sản phụ", "fake", "Sở Y tế", "30/11/2026",
                "https://laocai.gov.vn/x").check(CLOCK)).hasMessageContaining("'reviewDate'")
                .hasMessageContaining("not in the future");
    }

    @Test
    void aClaimOfTwoWordsSaysTooLittleToMatch() {
        assertThatThrownBy(() -> draft("Vỡ đập", "fake", "Sở Y tế", "18/11/2026", "https://laocai.gov.vn/x")
                .check(CLOCK)).hasMessageContaining("'claimReviewed'");
    }
}
