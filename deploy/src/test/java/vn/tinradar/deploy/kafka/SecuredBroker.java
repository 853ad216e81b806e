package vn.tinradar.deploy.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node KRaft broker in this JVM secured as a department's cluster would be: clients reach it only over
 * SASL_SSL (SASL/PLAIN inside TLS, a certificate made at start by the JDK's {@code keytool}), and the
 * StandardAuthorizer denies what no ACL allows. {@code admin} is the super user the tests grant ACLs with; the
 * broker talks to itself over SASL_SSL as {@code admin} too. Only the controller listener, on the loopback address,
 * is plain (its principal, ANONYMOUS, is a super user so the node can register with its own controller).
 */
public final class SecuredBroker implements AutoCloseable {

    public static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "quan-tri-kafka-2026";
    private static final String STORE_PASSWORD = "kho-khoa-2026";

    private final KafkaRaftServer server;
    private final String bootstrap;
    private final Path truststore;

    private SecuredBroker(KafkaRaftServer server, String bootstrap, Path truststore) {
        this.server = server;
        this.bootstrap = bootstrap;
        this.truststore = truststore;
    }

    /** Makes the certificate, formats and starts the broker, and waits until {@code admin} can use it. */
    public static SecuredBroker start(Path dir, Map<String, String> users) throws Exception {
        Files.createDirectories(dir);
        Path keystore = dir.resolve("broker.p12");
        Path truststore = dir.resolve("truststore.p12");
        makeCertificate(dir, keystore, truststore);
        int port = freePort();
        int controllerPort = freePort();
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "SASL_SSL://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "SASL_SSL://127.0.0.1:" + port);
        p.put("listener.security.protocol.map", "SASL_SSL:SASL_SSL,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "SASL_SSL");
        p.put("sasl.enabled.mechanisms", "PLAIN");
        p.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
        p.put("listener.name.sasl_ssl.plain.sasl.jaas.config", brokerJaas(users));
        p.put("ssl.keystore.location", keystore.toString());
        p.put("ssl.keystore.password", STORE_PASSWORD);
        p.put("ssl.keystore.type", "PKCS12");
        p.put("ssl.key.password", STORE_PASSWORD);
        p.put("ssl.truststore.location", truststore.toString());
        p.put("ssl.truststore.password", STORE_PASSWORD);
        p.put("ssl.truststore.type", "PKCS12");
        p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.put("super.users", "User:" + ADMIN + ";User:ANONYMOUS");
        p.put("allow.everyone.if.no.acl.found", "false");
        p.put("log.dirs", dir.resolve("log").toString());
        p.putAll(EmbeddedKafka.singleNode());
        Path propsFile = dir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(propsFile)) {
            p.store(out, "secured test broker");
        }
        int rc = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c",
            propsFile.toString()}, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        if (rc != 0) {
            throw new IllegalStateException("formatting the secured broker's storage failed with code " + rc);
        }
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(p, false), Time.SYSTEM);
        server.startup();
        SecuredBroker broker = new SecuredBroker(server, "127.0.0.1:" + port, truststore);
        broker.awaitReady();
        return broker;
    }

    public String bootstrapServers() {
        return bootstrap;
    }

    /** The {@code kafka.client.*} settings a TinRadar signing in as {@code user} puts in its YAML. */
    public Map<String, String> clientSettings(String user, String password) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("security.protocol", "SASL_SSL");
        c.put("sasl.mechanism", "PLAIN");
        c.put("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                + user + "\" password=\"" + password + "\";");
        c.put("ssl.truststore.location", truststore.toString());
        c.put("ssl.truststore.password", STORE_PASSWORD);
        c.put("ssl.truststore.type", "PKCS12");
        return c;
    }

    /** Client properties signing in as {@code user}. */
    public Properties clientAs(String user, String password) {
        Properties p = new Properties();
        p.putAll(clientSettings(user, password));
        p.put("bootstrap.servers", bootstrap);
        return p;
    }

    /** Allows {@code user} everything on the resources of {@code types} whose names start with {@code prefix}. */
    public void grantPrefix(String user, String prefix, ResourceType... types) throws Exception {
        List<AclBinding> acls = new ArrayList<>();
        for (ResourceType type : types) {
            acls.add(new AclBinding(new ResourcePattern(type, prefix, PatternType.PREFIXED),
                    new AccessControlEntry("User:" + user, "*", AclOperation.ALL, AclPermissionType.ALLOW)));
        }
        try (Admin admin = Admin.create(clientAs(ADMIN, ADMIN_PASSWORD))) {
            admin.createAcls(acls).all().get(30, TimeUnit.SECONDS);
        }
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try (Admin admin = Admin.create(clientAs(ADMIN, ADMIN_PASSWORD))) {
            while (true) {
                try {
                    admin.describeCluster().nodes().get(10, TimeUnit.SECONDS);
                    return;
                } catch (Exception e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("secured broker not answering after 60 s", e);
                    }
                    Thread.sleep(250);
                }
            }
        }
    }

    private static String brokerJaas(Map<String, String> users) {
        StringBuilder jaas = new StringBuilder("org.apache.kafka.common.security.plain.PlainLoginModule required "
                + "username=\"" + ADMIN + "\" password=\"" + ADMIN_PASSWORD + "\" user_" + ADMIN + "=\""
                + ADMIN_PASSWORD + "\"");
        users.forEach((name, password) -> jaas.append(" user_").append(name).append("=\"").append(password).append('"'));
        return jaas.append(';').toString();
    }

    /** A self-signed certificate for 127.0.0.1 made with the JDK's keytool, and a truststore holding it. */
    private static void makeCertificate(Path dir, Path keystore, Path truststore) throws Exception {
        Path cert = dir.resolve("broker.crt");
        keytool("-genkeypair", "-alias", "broker", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost, O=TinRadar test", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", STORE_PASSWORD,
                "-keypass", STORE_PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", "broker", "-keystore", keystore.toString(), "-storepass",
                STORE_PASSWORD, "-file", cert.toString());
        keytool("-importcert", "-noprompt", "-alias", "broker", "-file", cert.toString(), "-storetype", "PKCS12",
                "-keystore", truststore.toString(), "-storepass", STORE_PASSWORD);
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool " + args[0] + " failed: " + output.strip());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
