package vn.tinradar.deploy.web.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import vn.tinradar.deploy.config.DeployConfig;
import vn.tinradar.deploy.web.signin.UserDirectory;

/**
 * Managing accounts and the reset flow, on this instance's book alone; {@code UsersAcrossInstancesIT} runs the same
 * through Kafka and HTTP across two instances.
 */
class UserAdminTest {

    private static final String ADMIN = "admin";
    private static final String PASSWORD = "Sạt lở ở Bát Xát 2026";

    private final UserBook book = new UserBook();
    /** Applies each write to the book at once, as the Kafka log does after the broker acknowledged it. */
    private final UserLog local = (account, change) -> {
        book.put(account.name(), account);
        book.record(change);
    };
    private final UserDirectory directory = new UserDirectory(
            List.of(new DeployConfig.User("pho.giam.doc", "viewer", UserDirectory.hash("Bản tin sáng thứ Hai"))), book);
    private final UserAdmin admin = new UserAdmin(book, local, PasswordRules.standard(), directory::inConfigFile,
            Clock.fixed(Instant.parse("2026-12-07T01:30:00Z"), ZoneOffset.UTC));

    @Test
    void anAddedAccountSignsInWithItsRole() {
        admin.add(ADMIN, "Nguyen.Van.An", "staff", PASSWORD);

        assertThat(directory.authenticate("nguyen.van.an", PASSWORD))
                .contains(new UserDirectory.Principal("nguyen.van.an", "staff"));
    }

    @Test
    void aDisabledAccountNoLongerSignsInNorKeepsItsSession() {
        admin.add(ADMIN, "nguyen.van.an", "staff", PASSWORD);
        UserDirectory.Principal signedIn = directory.authenticate("nguyen.van.an", PASSWORD).orElseThrow();

        admin.disable(ADMIN, "nguyen.van.an");

        assertThat(directory.authenticate("nguyen.van.an", PASSWORD)).isEmpty();
        assertThat(directory.current(signedIn)).isEmpty();
    }

    @Test
    void aRoleChangeAppliesToTheOpenSession() {
        admin.add(ADMIN, "nguyen.van.an", "viewer", PASSWORD);
        UserDirectory.Principal signedIn = directory.authenticate("nguyen.van.an", PASSWORD).orElseThrow();

        admin.changeRole(ADMIN, "nguyen.van.an", "staff");

        assertThat(directory.current(signedIn)).contains(new UserDirectory.Principal("nguyen.van.an", "staff"));
    }

    @Test
    void aResetReplacesTheOldPasswordWithATemporaryOneThatOnlyLetsTheOwnerChooseANewOne() {
        admin.add(ADMIN, "nguyen.van.an", "staff", PASSWORD);

        String temporary = admin.resetPassword(ADMIN, "nguyen.van.an");

        assertThat(directory.authenticate("nguyen.van.an", PASSWORD)).isEmpty();
        assertThat(directory.authenticate("nguyen.van.an", temporary)).isPresent();
        assertThat(directory.mustChangePassword("nguyen.van.an")).isTrue();
    }

    @Test
    void choosingANewPasswordEndsTheResetAndRetiresTheTemporaryOne() {
        admin.add(ADMIN, "nguyen.van.an", "staff", PASSWORD);
        String temporary = admin.resetPassword(ADMIN, "nguyen.van.an");

        admin.choosePassword("nguyen.van.an", "Đê sông Hồng vững vàng");

        assertThat(directory.mustChangePassword("nguyen.van.an")).isFalse();
        assertThat(directory.authenticate("nguyen.van.an", temporary)).isEmpty();
        assertThat(directory.authenticate("nguyen.van.an", "Đê sông Hồng vững vàng")).isPresent();
    }

    @Test
    void theNewPasswordAfterAResetMustFollowTheRules() {
        admin.add(ADMIN, "nguyen.van.an", "staff", PASSWORD);
        admin.resetPassword(ADMIN, "nguyen.van.an");

        assertThatThrownBy(() -> admin.choosePassword("nguyen.van.an", "matkhau123"))
                .hasMessageContaining("quá phổ biến");
        assertThat(directory.mustChangePassword("nguyen.van.an")).isTrue();
    }

    @Test
    void aWeakPasswordIsRefusedAndNoAccountIsAdded() {
        assertThatThrownBy(() -> admin.add(ADMIN, "nguyen.van.an", "staff", "123"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ít nhất 10 ký tự");
        assertThat(book.find("nguyen.van.an")).isEmpty();
        assertThat(book.changes()).isEmpty();
    }

    @Test
    void anAccountOfTheConfigFileCannotBeChangedFromTheDashboard() {
        assertThatThrownBy(() -> admin.disable(ADMIN, "pho.giam.doc"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tệp cấu hình");
        assertThatThrownBy(() -> admin.add(ADMIN, "pho.giam.doc", "admin", PASSWORD))
                .hasMessageContaining("đã có");
    }

    @Test
    void anUnknownAccountIsNamedInTheError() {
        assertThatThrownBy(() -> admin.resetPassword(ADMIN, "khong.co.ai"))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("khong.co.ai");
    }

    @Test
    void anAdminCannotLockThemselfOut() {
        admin.add(ADMIN, "quan.tri.hai", "admin", PASSWORD);

        assertThatThrownBy(() -> admin.disable("quan.tri.hai", "quan.tri.hai")).hasMessageContaining("chính mình");
        assertThatThrownBy(() -> admin.changeRole("quan.tri.hai", "quan.tri.hai", "viewer"))
                .hasMessageContaining("chính mình");
    }

    @Test
    void eachChangeLeavesAnAuditEntrySayingWhoWhatAndWhenButNoPassword() {
        admin.add(ADMIN, "nguyen.van.an", "viewer", PASSWORD);
        admin.changeRole(ADMIN, "nguyen.van.an", "staff");
        String temporary = admin.resetPassword(ADMIN, "nguyen.van.an");

        assertThat(book.changes()).extracting(c -> c.by() + " " + c.action() + " " + c.user() + " " + c.detail())
                .containsExactlyInAnyOrder("admin add nguyen.van.an viewer", "admin role nguyen.van.an staff",
                        "admin reset nguyen.van.an ");
        assertThat(book.changes()).allSatisfy(c -> {
            assertThat(c.at()).isEqualTo(Instant.parse("2026-12-07T01:30:00Z"));
            assertThat(c.toString()).doesNotContain(temporary).doesNotContain(PASSWORD);
        });
    }
}
