package vn.tinradar.deploy.tip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What staff paste is checked before anything is fetched; a refusal names the field and the value. */
class TipInputTest {

    @Test
    void aUrlAndATextAreKeptStrippedAndInNfc() {
        TipInput in = TipInput.check(new TipForms.Submit("  https://baonhanh.vn/dap-bat-xat.html ",
                "Tin nhắn: đập thủy điện Bát Xát sắp vỡ, sơ tán ngay"));

        assertThat(in.url()).isEqualTo("https://baonhanh.vn/dap-bat-xat.html");
        assertThat(in.text()).isEqualTo("Tin nhắn: đập thủy điện Bát Xát sắp vỡ, sơ tán ngay");
    }

    @Test
    void neitherUrlNorTextIsRefusedNamingBoth() {
        assertThatThrownBy(() -> TipInput.check(new TipForms.Submit(" ", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("url").hasMessageContaining("text");
    }

    @Test
    void aUrlThatIsNotHttpIsRefusedNamingIt() {
        assertThatThrownBy(() -> TipInput.check(new TipForms.Submit("ftp://laocai.gov.vn/tin.txt", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'url'")
                .hasMessageContaining("ftp://laocai.gov.vn/tin.txt");
    }

    @Test
    void aTextTooShortToAnalyseIsRefusedQuotingIt() {
        assertThatThrownBy(() -> TipInput.check(new TipForms.Submit(null, "vỡ đập?")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'text'").hasMessageContaining("vỡ đập?");
    }

    @Test
    void aTextOverTheLimitIsRefusedWithItsLength() {
        assertThatThrownBy(() -> TipInput.check(new TipForms.Submit(null, "Sạt lở ".repeat(3_000))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'text'").hasMessageContaining("20000");
    }
}
