package vn.tinradar.deploy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.province.Provinces;
import vn.tinradar.common.test.TestBroker;
import vn.tinradar.deploy.metrics.MetricsRegistry;
import vn.tinradar.deploy.web.http.PublicUrl;
import vn.tinradar.deploy.web.signin.SessionStore;
import vn.tinradar.deploy.web.signin.UserDirectory;
import vn.tinradar.deploy.web.users.KafkaUserLog;
import vn.tinradar.deploy.web.users.PasswordRules;
import vn.tinradar.deploy.web.users.UserAdmin;
import vn.tinradar.deploy.web.users.UserBook;

/**
 * Two instances, each with its own web server and its own copy of the accounts, sharing one real broker: what an
 * admin changes through one is what the other signs in with. {@code UserAdminTest} has the same rules on one
 * instance without Kafka.
 */
class UsersAcrossInstancesIT {

    private static final String ADMIN_PASSWORD = "Quản trị Sở TT&TT 2026";
    private static final String PASSWORD = "Mưa lớn ở Sa Pa tháng Chín";

    private static TestBroker broker;
    private static Instance first;
    private static Instance second;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** One TinRadar instance's web side: its accounts read from the topics, its server on a free port. */
    private record Instance(UserBook book, KafkaUserLog log, MetricsRegistry metrics, WebServer server) {

        static Instance start(Topics topics) {
            UserBook book = new UserBook();
            KafkaUserLog log = new KafkaUserLog(topics, broker.kafka(), book).start(Duration.ofSeconds(30));
            UserDirectory users = new UserDirectory(List.of(), book);
            users.setPassword("admin", "admin", ADMIN_PASSWORD);
            UserAdmin admin = new UserAdmin(book, log, PasswordRules.standard(), users::inConfigFile,
                    Clock.systemUTC());
            MetricsRegistry metrics = new MetricsRegistry();
            WebServer server = new WebServer(new Backends(null, null, null), users, admin,
                    new SessionStore(Duration.ofHours(1), Clock.systemUTC()), metrics.registry(), new AlertStream(),
                    PublicUrl.of("", 0), users::has, Clock.systemUTC(), Provinces.defaultProvince()).start(0);
            return new Instance(book, log, metrics, server);
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + server.port() + path);
        }

        void stop() {
            server.close();
            log.close();
            metrics.close();
        }
    }

    /** A browser signed in on one instance: its cookie and its anti-forgery token. */
    private record Session(Instance on, String cookie, String csrfToken) {
    }

    @BeforeAll
    static void startBrokerAndTwoInstances() throws Exception {
        Topics topics = Topics.withDefaultPrefix();
        broker = TestBroker.start(topics, 1);
        first = Instance.start(topics);
        second = Instance.start(topics);
    }

    @AfterAll
    static void stopAll() throws Exception {
        first.stop();
        second.stop();
        broker.close();
    }

    @Test
    void anAccountAddedThroughOneInstanceSignsInOnTheOther() throws Exception {
        Session admin = signIn(first, "admin", ADMIN_PASSWORD).orElseThrow();

        HttpResponse<String> added = send(admin, "POST", "/api/users",
                "{\"name\":\"nguyen.van.an\",\"role\":\"staff\",\"password\":\"" + PASSWORD + "\"}");
        TestBroker.await(() -> second.book().find("nguyen.van.an").isPresent(), "the account on the second instance");

        assertThat(added.statusCode()).isEqualTo(201);
        Session staff = signIn(second, "nguyen.van.an", PASSWORD).orElseThrow();
        assertThat(send(staff, "GET", "/api/me", null).body()).contains("\"role\":\"staff\"");
    }

    @Test
    void disablingAnAccountOnOneInstanceEndsItsSessionOnTheOther() throws Exception {
        Session admin = signIn(first, "admin", ADMIN_PASSWORD).orElseThrow();
        send(admin, "POST", "/api/users",
                "{\"name\":\"tran.thi.binh\",\"role\":\"viewer\",\"password\":\"" + PASSWORD + "\"}");
        TestBroker.await(() -> second.book().find("tran.thi.binh").isPresent(), "the account on the second instance");
        Session viewer = signIn(second, "tran.thi.binh", PASSWORD).orElseThrow();

        send(admin, "POST", "/api/users/tran.thi.binh/disable", null);
        TestBroker.await(() -> second.book().find("tran.thi.binh").orElseThrow().disabled(), "the disable to arrive");

        assertThat(send(viewer, "GET", "/api/me", null).statusCode()).isEqualTo(401);
        assertThat(signIn(second, "tran.thi.binh", PASSWORD)).isEmpty();
    }

    @Test
    void afterAResetTheOwnerChoosesANewPasswordOnOneInstanceAndSignsInWithItOnTheOther() throws Exception {
        Session admin = signIn(first, "admin", ADMIN_PASSWORD).orElseThrow();
        send(admin, "POST", "/api/users", "{\"name\":\"le.van.cuong\",\"role\":\"staff\",\"password\":\"" + PASSWORD + "\"}");
        String temporary = Json.mapper().readTree(send(admin, "POST", "/api/users/le.van.cuong/reset", null).body())
                .path("temporaryPassword").asText();
        TestBroker.await(() -> second.book().find("le.van.cuong").orElseThrow().mustChangePassword(), "the reset");

        HttpResponse<String> withTemporary = login(second, "le.van.cuong", temporary);
        HttpResponse<String> chosen = http.send(HttpRequest.newBuilder(second.uri("/password"))
                .header("Content-Type", "application/json").header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"le.van.cuong\",\"password\":\"" + temporary
                        + "\",\"newPassword\":\"Cầu Kim Thành nối hai bờ\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        TestBroker.await(() -> !first.book().find("le.van.cuong").orElseThrow().mustChangePassword(), "the choice");

        assertThat(withTemporary.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .startsWith("/login.html?change=1"));
        assertThat(withTemporary.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(chosen.statusCode()).isEqualTo(200);
        assertThat(signIn(first, "le.van.cuong", "Cầu Kim Thành nối hai bờ")).isPresent();
        assertThat(send(admin, "GET", "/api/users/audit", null).body())
                .contains("\"action\":\"reset\"").contains("\"action\":\"password\"").doesNotContain(temporary);
    }

    @Test
    void aRecordThatIsNotAnAccountIsSkippedAndTheAccountsAfterItStillSignIn() throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(broker.kafka(), new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.withDefaultPrefix().users.name(), "ban.ghi.hong",
                    "{\"name\": \"ban.ghi.hong\", \"role\": ")).get();
        }
        Session admin = signIn(first, "admin", ADMIN_PASSWORD).orElseThrow();

        send(admin, "POST", "/api/users", "{\"name\":\"pham.thi.dung\",\"role\":\"viewer\",\"password\":\""
                + PASSWORD + "\"}");
        TestBroker.await(() -> second.book().find("pham.thi.dung").isPresent(), "the account after the bad record");

        assertThat(second.book().find("ban.ghi.hong")).isEmpty();
        assertThat(signIn(second, "pham.thi.dung", PASSWORD)).isPresent();
    }

    private HttpResponse<String> login(Instance on, String user, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(on.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in as the login page does; empty when no session was opened. */
    private Optional<Session> signIn(Instance on, String user, String password) throws Exception {
        Optional<String> setCookie = login(on, user, password).headers().firstValue("Set-Cookie");
        if (setCookie.isEmpty()) {
            return Optional.empty();
        }
        String cookie = setCookie.get().substring(0, setCookie.get().indexOf(';'));
        HttpResponse<String> me = http.send(HttpRequest.newBuilder(on.uri("/api/me")).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
        return Optional.of(new Session(on, cookie, Json.mapper().readTree(me.body()).path("csrfToken").asText()));
    }

    /** A request as the dashboard sends it: cookie, token on changes, JSON body when there is one. */
    private HttpResponse<String> send(Session s, String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(s.on().uri(path)).header("Cookie", s.cookie())
                .header("Sec-Fetch-Site", "same-origin").method(method, json == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (!method.equals("GET")) {
            b.header("X-CSRF-Token", s.csrfToken());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
