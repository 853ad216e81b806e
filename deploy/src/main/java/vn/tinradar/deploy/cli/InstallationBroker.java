package vn.tinradar.deploy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.deploy.config.Settings;
import vn.tinradar.deploy.kafka.EmbeddedKafka;
import vn.tinradar.deploy.kafka.KafkaAccessCheck;
import vn.tinradar.deploy.kafka.KafkaProperties;
import vn.tinradar.deploy.kafka.TopicCreator;

/**
 * The broker of the installation a one-off command ({@code report}, {@code backup}, {@code restore}) works on:
 * {@code --bootstrap}, else the configured cluster, else the broker a running TinRadar keeps in {@code --data-dir},
 * else that data dir opened with a broker of its own (topics created), stopped on close.
 */
final class InstallationBroker implements AutoCloseable {

    private final EmbeddedKafka own;
    private final Properties kafka;

    private InstallationBroker(EmbeddedKafka own, Properties kafka) {
        this.own = own;
        this.kafka = kafka;
    }

    static InstallationBroker open(ProcessOptions options, Settings settings, Topics topics) {
        String bootstrap = firstNonBlank(options.bootstrap, settings.deploy().kafka().bootstrap(),
                runningBroker(options.dataDir.resolve("kafka")));
        EmbeddedKafka own = null;
        if (bootstrap == null) {
            own = new EmbeddedKafka(options.dataDir.resolve("kafka")).start();
            bootstrap = own.bootstrapServers();
        }
        Properties kafka = KafkaProperties.clients(bootstrap, settings.deploy().kafka().client());
        if (KafkaAccessCheck.applies(kafka)) {
            // a refused sign-in or a missing topic grant in one line, not a consumer's stack trace
            KafkaAccessCheck.verify(kafka, topics, List.of());
        }
        if (own != null) {
            TopicCreator.ensure(kafka, topics, settings.deploy().kafka().topicLayout());
        }
        return new InstallationBroker(own, kafka);
    }

    /** Client settings for this broker, with the installation's {@code kafka.client.*}. */
    Properties kafka() {
        return kafka;
    }

    /** The broker of a TinRadar process running on this data dir, if one answers on the port it wrote down. */
    private static String runningBroker(Path kafkaDir) {
        Path props = kafkaDir.resolve("server.properties");
        if (!Files.isRegularFile(props)) {
            return null;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(props)) {
            p.load(in);
        } catch (IOException e) {
            return null;
        }
        String listener = p.getProperty("advertised.listeners", "");
        String address = listener.replaceFirst("^PLAINTEXT://", "").split(",")[0];
        int colon = address.lastIndexOf(':');
        if (colon <= 0) {
            return null;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address.substring(0, colon),
                    Integer.parseInt(address.substring(colon + 1))), 500);
            return address;
        } catch (IOException | NumberFormatException e) {
            return null; // nobody there: the data dir is free to open
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }

    @Override
    public void close() {
        if (own != null) {
            own.close();
        }
    }
}
