package vn.tinradar.deploy.web.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    private final PasswordRules rules = PasswordRules.standard();

    @Test
    void acceptsAShortSentenceEasyToRemember() {
        assertThat(rules.problem("nguyen.van.an", "mua lũ về Bảo Yên")).isEmpty();
    }

    @Test
    void refusesFewerThanTenCharactersInVietnamese() {
        assertThat(rules.problem("nguyen.van.an", "Lào Cai 1")).contains("Mật khẩu phải có ít nhất 10 ký tự.");
    }

    @Test
    void countsAccentedLettersAsOneCharacterEach() {
        // "Đồng Đăng!" is ten letters as a person counts them, whatever their bytes
        assertThat(rules.problem("nguyen.van.an", "Đồng Đăng!")).isEmpty();
    }

    @Test
    void refusesAPasswordContainingTheAccountName() {
        assertThat(rules.problem("tran.thi.binh", "Tran.Thi.Binh2026")).get().asString()
                .contains("tên đăng nhập");
    }

    @Test
    void refusesACommonPasswordWhateverItsCase() {
        assertThat(rules.problem("le.van.cuong", "MatKhau123")).get().asString().contains("quá phổ biến");
    }

    @Test
    void refusesOneCharacterRepeated() {
        assertThat(rules.problem("le.van.cuong", "aaaaaaaaaaaa")).get().asString().contains("quá phổ biến");
    }

    @Test
    void requireThrowsTheReasonForTheRoute() {
        assertThatThrownBy(() -> rules.require("le.van.cuong", "ngắn"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ít nhất 10 ký tự");
    }
}
