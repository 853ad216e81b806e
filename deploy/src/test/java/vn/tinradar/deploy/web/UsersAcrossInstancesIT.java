package vn.tinradar.deploy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import vn.tinradar.alerts.AlertsService;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.event.Trend;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.ingest.IngestService;
import vn.tinradar.ingest.SourceRegistry;
import vn.tinradar.ingest.config.IngestConfig;
import vn.tinradar.ingest.source.Feed;
import vn.tinradar.ingest.source.FeedKind;
import vn.tinradar.ingest.source.Selectors;
import vn.tinradar.ingest.source.Source;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.tinradar.common.kafka.Json;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.common.province.Provinces;
import vn.tinradar.common.test.SharedBroker;
import vn.tinradar.common.test.TestBroker;
import vn.tinradar.deploy.metrics.MetricsRegistry;
import vn.tinradar.deploy.web.http.PublicUrl;
import vn.tinradar.deploy.web.http.ServiceForwarder;
import vn.tinradar.deploy.web.signin.KafkaEndedSessions;
import vn.tinradar.deploy.web.signin.SessionStore;
import vn.tinradar.deploy.web.signin.UserDirectory;
import vn.tinradar.deploy.web.users.KafkaUserLog;
import vn.tinradar.deploy.web.users.PasswordRules;
import vn.tinradar.deploy.web.users.UserAdmin;
import vn.tinradar.deploy.web.users.UserBook;

/**
 * Two instances, each with its own web server and its own copy of the accounts, sharing one real broker and the
 * session secret, as a split deployment behind a load balancer: what an admin changes through one is what the
 * other signs in with, and a browser signed in on one is signed in on the other with the same session, which
 * signing out or a new password ends on both. {@code UserAdminTest} has the account rules on one instance without
 * Kafka, {@code SessionStoreTest} the session tokens.
 */
class UsersAcrossInstancesIT {

    private static final String SHARED_SECRET = "bi-mat-chung-cua-cac-may-chu-so-tt-tt-lao-cai";
    private static final String ADMIN_PASSWORD = "Quản trị Sở TT&TT 2026";
    private static final String PASSWORD = "Mưa lớn ở Sa Pa tháng Chín";

    /** Topics of their own on the broker the other test classes share. */
    private static final Topics TOPICS = new Topics("users-it.");
    @RegisterExtension
    static final SharedBroker KAFKA = new SharedBroker(TOPICS, 1);
    private static Instance first;
    private static Instance second;
    private final DashboardBrowser browser = new DashboardBrowser();

    /** One instance's web side: its own copy of the accounts and of the signed-out sessions, its own server. */
    private record Instance(UserBook book, KafkaUserLog users, KafkaEndedSessions signedOut, MetricsRegistry metrics,
                            AlertStream alertStream, WebServer server) {

        static Instance start(Topics topics) {
            return start(topics, new Backends(null, null, null), ServiceForwarder.NONE);
        }

        static Instance start(Topics topics, Backends backends, ServiceForwarder forwarder) {
            UserBook book = new UserBook();
            KafkaUserLog log = new KafkaUserLog(topics, KAFKA.broker().kafka(), book).start(Duration.ofSeconds(30));
            UserDirectory users = new UserDirectory(List.of(), book);
            users.setPassword("admin", "admin", ADMIN_PASSWORD);
            KafkaEndedSessions signedOut = new KafkaEndedSessions(topics.sessionsEnded.name(), KAFKA.broker().kafka(),
                    Clock.systemUTC()).start(Duration.ofSeconds(30));
            SessionStore sessions = new SessionStore(Duration.ofHours(8), Clock.systemUTC(),
                    SessionStore.keyFrom(SHARED_SECRET), users::credential, signedOut);
            MetricsRegistry metrics = new MetricsRegistry();
            AlertStream alertStream = new AlertStream();
            if (backends.alerts() != null) {
                // as TinRadarProcess wires it: every new or changed alert goes to the open live streams
                alertStream.follow(backends.alerts().lifecycle()::addListener);
            }
            WebServer server = new WebServer(backends, users,
                    new UserAdmin(book, log, PasswordRules.standard(), users::inConfigFile, Clock.systemUTC()),
                    sessions, metrics.registry(), alertStream, PublicUrl.of("", 0), users::has,
                    Clock.systemUTC(), Provinces.defaultProvince(), forwarder).start(0);
            return new Instance(book, log, signedOut, metrics, alertStream, server);
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + server.port() + path);
        }

        void stop() {
            server.close();
            signedOut.close();
            users.close();
            metrics.close();
        }
    }

    @Test
    void anInstanceWithoutTheCrawlerAnswersTheSourcesOfOneThatRunsIt() throws Exception {
        Source baoLaoCai = new Source("baolaocai", "Báo Lào Cai", null, SourceTier.PROVINCIAL_PRESS, true, false, 0, 0,
                List.of(new Feed("baolaocai", "https://baolaocai.vn/rss/thoi-su.rss", FeedKind.RSS)), Selectors.NONE);
        IngestService crawler = new IngestService(IngestConfig.defaults(), new SourceRegistry(List.of(baoLaoCai)),
                TOPICS, KAFKA.broker().kafka(), new SimpleMeterRegistry());
        Instance ingest = Instance.start(TOPICS, new Backends(crawler, null, null), ServiceForwarder.NONE);
        Instance dashboard = Instance.start(TOPICS, new Backends(null, null, null),
                new ServiceForwarder(Map.of("ingest", ingest.uri("/"))));
        // points at the dashboard instance, which would forward on: a request is forwarded once, never twice
        Instance twice = Instance.start(TOPICS, new Backends(null, null, null),
                new ServiceForwarder(Map.of("ingest", dashboard.uri("/"))));
        try {
            Session admin = signIn(dashboard, "admin", ADMIN_PASSWORD).orElseThrow();

            HttpResponse<String> sources = send(admin, "GET", "/api/sources", null);
            HttpResponse<String> unknownHere = sendTo(first, admin, "GET", "/api/sources", null);
            HttpResponse<String> forwardedTwice = sendTo(twice, admin, "GET", "/api/sources", null);
            HttpResponse<String> stranger = browser.send(dashboard.uri("/"),
                    new DashboardBrowser.Session("tinradar_session=gia-mao", "x"), "GET", "/api/sources", null);

            assertThat(sources.statusCode()).isEqualTo(200);
            assertThat(sources.body()).contains("baolaocai", "Báo Lào Cai");
            assertThat(unknownHere.statusCode()).isEqualTo(503);
            assertThat(unknownHere.body()).contains("ingest service does not run");
            assertThat(forwardedTwice.statusCode()).isEqualTo(503);
            assertThat(stranger.statusCode()).isEqualTo(401);
        } finally {
            twice.stop();
            dashboard.stop();
            ingest.stop();
        }
    }

    @Test
    void theLiveAlertStreamOfAnInstanceWithoutAlertsCarriesAnAlertRaisedOnTheAlertsInstance(@TempDir Path dataDir)
            throws Exception {
        try (AlertsService alerts = new AlertsService(AlertsConfig.defaults(), TOPICS, KAFKA.broker().kafka(), dataDir,
                new SimpleMeterRegistry())) {
            alerts.start();
            Instance alertsInstance = Instance.start(TOPICS, new Backends(null, null, alerts), ServiceForwarder.NONE);
            Instance dashboard = Instance.start(TOPICS, new Backends(null, null, null),
                    new ServiceForwarder(Map.of("alerts", alertsInstance.uri("/"))));
            try {
                Session staff = signIn(dashboard, "admin", ADMIN_PASSWORD).orElseThrow();
                try (LiveAlertStream live = LiveAlertStream.open(dashboard.uri("/"), staff.browser())) {
                    live.await(line -> line.contains("connected"), Duration.ofSeconds(30), "greeting");

                    raise(TOPICS, landslideBurstInBaoHa());
                    String alert = live.await(line -> line.startsWith("data:"), Duration.ofSeconds(60), "alert");

                    assertThat(live.status()).isEqualTo(200);
                    assertThat(alertsInstance.alertStream().clientCount()).as("the stream is held by the alerts "
                            + "instance").isEqualTo(1);
                    assertThat(dashboard.alertStream().clientCount()).isZero();
                    assertThat(alert).contains("topic-burst", "Bảo Hà");
                }
            } finally {
                dashboard.stop();
                alertsInstance.stop();
            }
        }
    }

    @Test
    void theLiveAlertStreamOfAnInstanceWithoutAlertsAndNowhereToForwardAnswers503() throws Exception {
        Session viewer = signIn(first, "admin", ADMIN_PASSWORD).orElseThrow();

        try (LiveAlertStream live = LiveAlertStream.open(first.uri("/"), viewer.browser())) {
            assertThat(live.status()).as("a silent stream would leave the dashboard waiting for alerts that never come")
                    .isEqualTo(503);
        }
    }

    /** Nine articles in an hour about landslides in xã Bảo Hà against a baseline of 1.5: a burst the rules alert on. */
    private static Trend landslideBurstInBaoHa() {
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        return new Trend(Trend.VERSION, Trend.TOPIC_PLACE, "thien-tai@15265", "thien-tai – Xã Bảo Hà", hour,
                hour.plusSeconds(3600), 9, 1.5, 6.5, 2, 4, List.of("bao-lao-cai-1", "vtv-2"), false);
    }

    private static void raise(Topics topics, Trend trend) throws Exception {
        try (KafkaProducer<String, Trend> producer = new KafkaProducer<>(KAFKA.broker().kafka(),
                topics.trends.keySerde().serializer(), topics.trends.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(topics.trends.name(), trend.kind() + ":" + trend.key(), trend)).get();
        }
    }

    /** A browser signed in on one instance. */
    private record Session(Instance on, DashboardBrowser.Session browser) {
    }

    @BeforeAll
    static void startTwoInstances() throws Exception {
        first = Instance.start(TOPICS);
        second = Instance.start(TOPICS);
    }

    @AfterAll
    static void stopAll() throws Exception {
        first.stop();
        second.stop();
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
        HttpResponse<String> chosen = browser.postJson(second.uri("/"), "/password", "{\"username\":\"le.van.cuong\","
                + "\"password\":\"" + temporary + "\",\"newPassword\":\"Cầu Kim Thành nối hai bờ\"}");
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
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(KAFKA.broker().kafka(), new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPICS.users.name(), "ban.ghi.hong",
                    "{\"name\": \"ban.ghi.hong\", \"role\": ")).get();
        }
        Session admin = signIn(first, "admin", ADMIN_PASSWORD).orElseThrow();

        send(admin, "POST", "/api/users", "{\"name\":\"pham.thi.dung\",\"role\":\"viewer\",\"password\":\""
                + PASSWORD + "\"}");
        TestBroker.await(() -> second.book().find("pham.thi.dung").isPresent(), "the account after the bad record");

        assertThat(second.book().find("ban.ghi.hong")).isEmpty();
        assertThat(signIn(second, "pham.thi.dung", PASSWORD)).isPresent();
    }

    @Test
    void signedInOnOneInstanceTheOtherAnswersWithTheSameSession() throws Exception {
        Session admin = signIn(first, "admin", ADMIN_PASSWORD).orElseThrow();

        HttpResponse<String> me = sendTo(second, admin, "GET", "/api/me", null);
        HttpResponse<String> added = sendTo(second, admin, "POST", "/api/users",
                "{\"name\":\"hoang.van.em\",\"role\":\"viewer\",\"password\":\"" + PASSWORD + "\"}");

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(Json.mapper().readTree(me.body()).path("name").asText()).isEqualTo("admin");
        assertThat(Json.mapper().readTree(me.body()).path("csrfToken").asText()).isEqualTo(admin.browser().csrfToken());
        assertThat(added.statusCode()).as("a change on the other instance with the session's token").isEqualTo(201);
    }

    @Test
    void signingOutOnOneInstanceEndsTheSessionOnTheOther() throws Exception {
        Session admin = signIn(first, "admin", ADMIN_PASSWORD).orElseThrow();
        assertThat(sendTo(second, admin, "GET", "/api/me", null).statusCode()).isEqualTo(200);

        HttpResponse<String> out = sendTo(first, admin, "POST", "/logout", null);
        TestBroker.await(() -> status(second, admin) == 401, "the sign-out to reach the second instance");

        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(status(first, admin)).isEqualTo(401);
    }

    @Test
    void aNewPasswordEndsTheSessionsOpenedWithTheOldOneOnEveryInstance() throws Exception {
        Session admin = signIn(first, "admin", ADMIN_PASSWORD).orElseThrow();
        sendTo(first, admin, "POST", "/api/users",
                "{\"name\":\"dang.thi.giang\",\"role\":\"staff\",\"password\":\"" + PASSWORD + "\"}");
        TestBroker.await(() -> second.book().find("dang.thi.giang").isPresent(), "the account on the second instance");
        Session old = signIn(second, "dang.thi.giang", PASSWORD).orElseThrow();
        String temporary = Json.mapper().readTree(sendTo(first, admin, "POST", "/api/users/dang.thi.giang/reset", null)
                .body()).path("temporaryPassword").asText();

        // the owner chooses a new password without the old session asking anything in between
        HttpResponse<String> chosen = browser.postJson(first.uri("/"), "/password", "{\"username\":\"dang.thi.giang\","
                + "\"password\":\"" + temporary + "\",\"newPassword\":\"Ruộng bậc thang Mù Cang Chải\"}");
        TestBroker.await(() -> !second.book().find("dang.thi.giang").orElseThrow().mustChangePassword(),
                "the new password on the second instance");

        assertThat(chosen.statusCode()).isEqualTo(200);
        assertThat(signIn(second, "dang.thi.giang", "Ruộng bậc thang Mù Cang Chải")).isPresent();
        assertThat(status(second, old)).isEqualTo(401);
        assertThat(status(first, old)).isEqualTo(401);
    }

    /** The status of {@code /api/me} on {@code on} for a session opened on either instance. */
    private int status(Instance on, Session s) {
        try {
            return sendTo(on, s, "GET", "/api/me", null).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> sendTo(Instance on, Session s, String method, String path, String json)
            throws Exception {
        return browser.send(on.uri("/"), s.browser(), method, path, json);
    }

    private HttpResponse<String> login(Instance on, String user, String password) throws Exception {
        return browser.login(on.uri("/"), user, password);
    }

    private Optional<Session> signIn(Instance on, String user, String password) throws Exception {
        return browser.signIn(on.uri("/"), user, password).map(s -> new Session(on, s));
    }

    private HttpResponse<String> send(Session s, String method, String path, String json) throws Exception {
        return browser.send(s.on().uri("/"), s.browser(), method, path, json);
    }
}
