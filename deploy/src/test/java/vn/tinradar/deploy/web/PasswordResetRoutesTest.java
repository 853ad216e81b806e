package vn.tinradar.deploy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.province.Provinces;
import vn.tinradar.deploy.metrics.MetricsRegistry;
import vn.tinradar.deploy.web.http.PublicUrl;
import vn.tinradar.deploy.web.signin.SessionStore;
import vn.tinradar.deploy.web.signin.UserDirectory;
import vn.tinradar.deploy.web.users.PasswordRules;
import vn.tinradar.deploy.web.users.UserAdmin;
import vn.tinradar.deploy.web.users.UserBook;
import vn.tinradar.deploy.web.users.UserLog;

/**
 * After an admin's reset, over HTTP on one server whose accounts are kept in memory (the Kafka side is in
 * {@code UsersAcrossInstancesIT}): the temporary password only opens the way to {@code POST /password}.
 */
class PasswordResetRoutesTest {

    private static final String PASSWORD = "Chợ phiên Bắc Hà sáng Chủ nhật";

    private final UserBook book = new UserBook();
    private final UserLog local = (account, change) -> {
        book.put(account.name(), account);
        book.record(change);
    };
    private final UserDirectory users = new UserDirectory(List.of(), book);
    private final UserAdmin admin = new UserAdmin(book, local, PasswordRules.standard(), users::inConfigFile,
            Clock.systemUTC());
    private final MetricsRegistry metrics = new MetricsRegistry();
    private final WebServer server = new WebServer(new Backends(null, null, null), users, admin,
            new SessionStore(Duration.ofHours(1), Clock.systemUTC()), metrics.registry(), new AlertStream(),
            PublicUrl.of("", 0), users::has, Clock.systemUTC(), Provinces.defaultProvince()).start(0);
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        server.close();
        metrics.close();
    }

    @Test
    void aScriptCannotUseTheTemporaryPasswordAndIsToldWhyInVietnamese() throws Exception {
        admin.add("admin", "hoang.van.em", "staff", PASSWORD);
        String temporary = admin.resetPassword("admin", "hoang.van.em");

        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/api/me"))
                .header("Authorization", WebFixture.basic("hoang.van.em", temporary)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("đặt lại").contains("mật khẩu mới");
    }

    @Test
    void aNewPasswordBreakingTheRulesIsRefusedWithTheRuleAndTheResetStays() throws Exception {
        admin.add("admin", "hoang.van.em", "staff", PASSWORD);
        String temporary = admin.resetPassword("admin", "hoang.van.em");

        HttpResponse<String> r = choose("hoang.van.em", temporary, "hoang.van.em2026");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("không được chứa tên đăng nhập");
        assertThat(users.mustChangePassword("hoang.van.em")).isTrue();
    }

    @Test
    void anAccountThatWasNotResetCannotChangeItsPasswordThere() throws Exception {
        admin.add("admin", "hoang.van.em", "staff", PASSWORD);

        HttpResponse<String> r = choose("hoang.van.em", PASSWORD, "Một mật khẩu khác hẳn");

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(users.authenticate("hoang.van.em", PASSWORD)).isPresent();
    }

    private HttpResponse<String> choose(String user, String password, String newPassword) throws Exception {
        String body = "{\"username\":\"" + user + "\",\"password\":\"" + password + "\",\"newPassword\":\""
                + newPassword + "\"}";
        return http.send(HttpRequest.newBuilder(uri("/password")).header("Content-Type", "application/json")
                .header("Sec-Fetch-Site", "same-origin").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
