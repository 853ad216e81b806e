package vn.tinradar.deploy.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker (KRaft, broker and controller in one) running inside this JVM.
 *
 * <p>Its log lives under {@code dataDir}; the first start formats the directory, later starts reuse it, so
 * topics, offsets and state survive a restart. Ports are free ones picked at start, so two installations can
 * run side by side; clients learn them from {@link #bootstrapServers()}.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);

    private final Path dataDir;
    private KafkaRaftServer server;
    private String bootstrapServers;

    public EmbeddedKafka(Path dataDir) {
        this.dataDir = dataDir;
    }

    public synchronized EmbeddedKafka start() {
        if (server != null) {
            throw new IllegalStateException("broker already started");
        }
        long started = System.nanoTime();
        try {
            Files.createDirectories(dataDir);
            int brokerPort = freePort();
            int controllerPort = freePort();
            Properties props = brokerProperties(brokerPort, controllerPort);
            Path propsFile = dataDir.resolve("server.properties");
            try (OutputStream out = Files.newOutputStream(propsFile)) {
                props.store(out, "written by TinRadar at each start; edit tinradar.yaml instead");
            }
            formatIfNeeded(propsFile);
            server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
            server.startup();
            bootstrapServers = "127.0.0.1:" + brokerPort;
            LOG.info("event=broker_started bootstrap={} dir={} ms={}", bootstrapServers, dataDir,
                    (System.nanoTime() - started) / 1_000_000);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Kafka data directory " + dataDir, e);
        }
    }

    public String bootstrapServers() {
        if (bootstrapServers == null) {
            throw new IllegalStateException("broker not started");
        }
        return bootstrapServers;
    }

    private Properties brokerProperties(int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", dataDir.resolve("log").toString());
        p.putAll(singleNode());
        p.put("num.partitions", "1");
        p.put("log.retention.hours", String.valueOf(24 * 90));
        return p;
    }

    /** What any one-node KRaft cluster needs whatever its listeners (also the secured test broker's). */
    static Properties singleNode() {
        Properties p = new Properties();
        // one node: every internal topic must accept a single replica, or transactions hang in initTransactions()
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "false");
        // the default 128 MB dedupe buffer dwarfs a laptop installation's compacted topics
        p.put("log.cleaner.dedupe.buffer.size", "2097152");
        return p;
    }

    private void formatIfNeeded(Path propsFile) {
        if (Files.exists(dataDir.resolve("log").resolve("meta.properties"))) {
            return;
        }
        String clusterId = org.apache.kafka.common.Uuid.randomUuid().toString();
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        int rc = StorageTool.execute(new String[] {"format", "-t", clusterId, "-c", propsFile.toString(),
            "--ignore-formatted"}, quiet);
        if (rc != 0) {
            throw new IllegalStateException("formatting Kafka storage in " + dataDir + " failed with code " + rc);
        }
        LOG.info("event=broker_formatted dir={} cluster={}", dataDir, clusterId);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        long started = System.nanoTime();
        server.shutdown();
        server.awaitShutdown();
        server = null;
        LOG.info("event=broker_stopped ms={}", (System.nanoTime() - started) / 1_000_000);
    }

}
