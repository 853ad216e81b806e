package vn.tinradar.deploy.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import vn.tinradar.common.config.ConfigDocument;
import vn.tinradar.deploy.kafka.ClientPropertyNames;
import vn.tinradar.deploy.kafka.TopicLayout;

/**
 * Settings of the process itself: how it reaches Kafka, how it serves HTTP and where the demo's sites listen.
 * Defaults and their meaning are in {@code deploy-defaults.yaml}.
 */
public record DeployConfig(Kafka kafka, Web web, Demo demo) {

    /**
     * Kafka connection and topics; an empty bootstrap means "start the embedded broker".
     *
     * @param replicationFactor replicas of TinRadar's topics and of the Streams internal topics; -1: the broker's
     *     default
     * @param client Kafka client properties given to every producer, consumer, admin client and Streams app
     */
    public record Kafka(String bootstrap, String topicPrefix, int partitions, int replicationFactor,
                        int standbyReplicas, Retention retention, Map<String, String> client, Health health) {

        /** How TinRadar creates its topics. */
        public TopicLayout topicLayout() {
            return new TopicLayout(partitions, replicationFactor, Duration.ofDays(retention.articlesDays()),
                    Duration.ofDays(retention.trendsDays()), Duration.ofDays(retention.rejectedDays()));
        }
    }

    /**
     * How each process watches its cluster for {@code /health}: a probe every {@code probeMs} (and a check of this
     * installation's partitions after each answered one); not ready once no broker answered for
     * {@code notReadyAfterMs}.
     */
    public record Health(long probeMs, long notReadyAfterMs) {

        public Duration probeEvery() {
            return Duration.ofMillis(probeMs);
        }

        public Duration notReadyAfter() {
            return Duration.ofMillis(notReadyAfterMs);
        }
    }

    /** Days the topics that are not compacted keep their records. */
    public record Retention(int articlesDays, int trendsDays, int rejectedDays) {
    }

    /**
     * The HTTP server and its users.
     *
     * @param publicUrl the address staff use to reach the dashboard ({@code https://tinradar.laocai.gov.vn}): links
     *     in the Atom feed and e-mails start with it; when https, the session cookie is Secure and HSTS is sent
     * @param advertisedHost how other analyze instances reach this one (with the web port: its
     *     {@code application.server})
     * @param peerSecret the secret analyze instances share to ask each other; empty keeps one in the data dir
     * @param services where an instance of each service this process does not run answers ({@code analyze:
     *     http://tinradar-analyze:8080}): its routes are forwarded there
     */
    public record Web(int port, String publicUrl, int sessionHours, List<User> users, String advertisedHost,
                      String peerSecret, Map<String, String> services) {

        /** The service addresses as URIs, for the forwarder. */
        public Map<String, java.net.URI> serviceUris() {
            Map<String, java.net.URI> uris = new java.util.TreeMap<>();
            services.forEach((name, url) -> uris.put(name, java.net.URI.create(url.endsWith("/") ? url : url + "/")));
            return uris;
        }
    }

    /**
     * The demo's local press sites ({@code run --demo}).
     *
     * @param firstPort first of the loopback ports the sites take, one per source in corpus order; 0: free ports
     *     the system picks
     */
    public record Demo(int firstPort) {
    }

    /** Highest {@code demo.first-port}: the sites take it and the next ports, well under 65535. */
    static final int DEMO_FIRST_PORT_MAX = 65000;

    /** The services whose routes another instance may answer. */
    public static final List<String> SERVICES = List.of("ingest", "analyze", "alerts");

    /** A staff account; {@code passwordHash} is a bcrypt hash, never a clear password. */
    public record User(String name, String role, String passwordHash) {
    }

    public static DeployConfig from(ConfigDocument doc) {
        Kafka kafka = doc.bind("/kafka", Kafka.class);
        Web web = doc.bind("/web", Web.class);
        Demo demo = doc.bind("/demo", Demo.class);
        doc.check(kafka.partitions() >= 1, "/kafka/partitions", "must be >= 1 but was " + kafka.partitions());
        doc.check(kafka.replicationFactor() >= 1 || kafka.replicationFactor() == -1, "/kafka/replication-factor",
                "must be >= 1, or -1 for the broker's default.replication.factor, but was "
                        + kafka.replicationFactor());
        doc.check(kafka.standbyReplicas() >= 0, "/kafka/standby-replicas",
                "must be >= 0 but was " + kafka.standbyReplicas());
        doc.check(kafka.retention().articlesDays() >= 1, "/kafka/retention/articles-days",
                "must be >= 1 but was " + kafka.retention().articlesDays());
        doc.check(kafka.retention().trendsDays() >= 1, "/kafka/retention/trends-days",
                "must be >= 1 but was " + kafka.retention().trendsDays());
        doc.check(kafka.retention().rejectedDays() >= 1, "/kafka/retention/rejected-days",
                "must be >= 1 but was " + kafka.retention().rejectedDays());
        checkHealth(doc, kafka.health());
        Map<String, String> client = kafka.client() == null ? Map.of() : kafka.client();
        for (Map.Entry<String, String> e : client.entrySet()) {
            String problem = ClientPropertyNames.problemWith(e.getKey());
            doc.check(problem == null, "/kafka/client/" + e.getKey(), problem);
            doc.check(e.getValue() != null, "/kafka/client/" + e.getKey(), "needs a value");
        }
        doc.check(kafka.topicPrefix() != null && kafka.topicPrefix().matches("[A-Za-z0-9._-]*"),
                "/kafka/topic-prefix", "may hold only letters, digits, '.', '_' and '-' but was '"
                        + kafka.topicPrefix() + "'");
        doc.check(web.port() >= 0 && web.port() <= 65535, "/web/port", "must be 0..65535 but was " + web.port());
        String publicUrl = web.publicUrl() == null ? "" : web.publicUrl().strip();
        doc.check(publicUrl.isEmpty() || publicUrl.matches("https?://[A-Za-z0-9.\\[\\]:-]+(/\\S*)?"), "/web/public-url",
                "must be empty or an http(s) URL like https://tinradar.example.gov.vn but was '" + publicUrl + "'");
        doc.check(demo.firstPort() >= 0 && demo.firstPort() <= DEMO_FIRST_PORT_MAX, "/demo/first-port",
                "must be 0 (free ports) or a port up to " + DEMO_FIRST_PORT_MAX + " but was " + demo.firstPort());
        doc.check(web.sessionHours() > 0, "/web/session-hours", "must be > 0 but was " + web.sessionHours());
        List<User> users = web.users() == null ? List.of() : web.users();
        for (int i = 0; i < users.size(); i++) {
            User u = users.get(i);
            String at = "/web/users/" + i;
            doc.check(u.name() != null && u.name().matches("[a-z0-9._-]{2,40}"), at + "/name",
                    "user name must be 2-40 of a-z 0-9 . _ - but was '" + u.name() + "'");
            doc.check("admin".equals(u.role()) || "staff".equals(u.role()) || "viewer".equals(u.role()),
                    at + "/role", "role must be admin, staff or viewer but was '" + u.role() + "'");
            doc.check(u.passwordHash() == null || u.passwordHash().isEmpty() || u.passwordHash().startsWith("$2"),
                    at + "/password-hash", "must be a bcrypt hash ($2a$...) or empty");
        }
        doc.check(web.advertisedHost() != null && web.advertisedHost().matches("[A-Za-z0-9.:_-]+"),
                "/web/advertised-host", "must be a host name or address but was '" + web.advertisedHost() + "'");
        Map<String, String> services = web.services() == null ? Map.of() : web.services();
        for (Map.Entry<String, String> e : services.entrySet()) {
            String at = "/web/services/" + e.getKey();
            doc.check(SERVICES.contains(e.getKey()), at, "unknown service '" + e.getKey() + "'; known: " + SERVICES);
            doc.check(e.getValue() != null && e.getValue().strip().matches("https?://[A-Za-z0-9.\\[\\]:_-]+(/\\S*)?"), at,
                    "must be the http(s) address of an instance that runs it, like http://tinradar-analyze:8080, but"
                            + " was '" + e.getValue() + "'");
        }
        kafka = new Kafka(kafka.bootstrap(), kafka.topicPrefix(), kafka.partitions(), kafka.replicationFactor(),
                kafka.standbyReplicas(), kafka.retention(), Map.copyOf(client), kafka.health());
        return new DeployConfig(kafka, new Web(web.port(), publicUrl, web.sessionHours(), List.copyOf(users),
                web.advertisedHost(), web.peerSecret() == null ? "" : web.peerSecret(), Map.copyOf(services)), demo);
    }

    /** The probe must come round several times within the not-ready window, or one slow answer flips readiness. */
    private static void checkHealth(ConfigDocument doc, Health h) {
        doc.check(h.probeMs() >= 100, "/kafka/health/probe-ms", "must be >= 100 but was " + h.probeMs());
        doc.check(h.notReadyAfterMs() > h.probeMs(), "/kafka/health/not-ready-after-ms",
                "must be longer than kafka.health.probe-ms (" + h.probeMs() + ") but was " + h.notReadyAfterMs());
    }
}
