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

/** When the broker does not take a change, the admin reads why and the account is left as it was. */
class UserChangeNotStoredTest {

    private static final String ADMIN_PASSWORD = "Quản trị Sở TT&TT 2026";

    private final UserBook book = new UserBook();
    /** Answers as the Kafka log does when the broker is unreachable. */
    private final UserLog brokerDown = (account, change) -> {
        throw new UserLog.NotStored("the change to " + account.name() + " was not stored in tinradar.users: timeout");
    };
    private final UserDirectory users = new UserDirectory(List.of(), book);
    private final MetricsRegistry metrics = new MetricsRegistry();
    private final WebServer server;

    UserChangeNotStoredTest() {
        users.setPassword("admin", "admin", ADMIN_PASSWORD);
        server = new WebServer(new Backends(null, null, null), users,
                new UserAdmin(book, brokerDown, PasswordRules.standard(), users::inConfigFile, Clock.systemUTC()),
                new SessionStore(Duration.ofHours(1), Clock.systemUTC()), metrics.registry(), new AlertStream(),
                PublicUrl.of("", 0), users::has, Clock.systemUTC(), Provinces.defaultProvince()).start(0);
    }

    @AfterEach
    void stop() {
        server.close();
        metrics.close();
    }

    @Test
    void anAddTheBrokerDidNotTakeIsA503InVietnameseAndAddsNothing() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/api/users"))
                .header("Authorization", WebFixture.basic("admin", ADMIN_PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"dinh.van.hung\",\"role\":\"staff\",\"password\":\"Nước lũ rút dần ở Văn Bàn\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).contains("Chưa lưu được thay đổi").contains("dinh.van.hung");
        assertThat(book.find("dinh.van.hung")).isEmpty();
    }
}
