package vn.tinradar.deploy.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loopback ports the demo's sites listened on, kept in the data dir ({@value #FILE}) so that a restart takes
 * them again and serves the same article URLs, also when they were free ports the system picked.
 */
public final class DemoSitePorts {

    public static final String FILE = "demo-site-ports.properties";
    private static final String FIRST_PORT_KEY = "first-port";
    private static final Logger LOG = LoggerFactory.getLogger(DemoSitePorts.class);

    private final Path file;

    public DemoSitePorts(Path dataDir) {
        this.file = dataDir.resolve(FILE);
    }

    /**
     * The ports by source id of the last start made with {@code firstPort}; empty when there was none or the setting
     * changed since (the user chose other ports). An unreadable file or entry is logged and left out.
     */
    public Map<String, Integer> last(int firstPort) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Properties kept = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            kept.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("event=demo_ports_unreadable file={} error=\"{}\"", file, e.getMessage());
            return Map.of();
        }
        if (!String.valueOf(firstPort).equals(kept.getProperty(FIRST_PORT_KEY))) {
            return Map.of();
        }
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String source : kept.stringPropertyNames()) {
            if (source.equals(FIRST_PORT_KEY)) {
                continue;
            }
            String value = kept.getProperty(source).strip();
            Integer port = value.matches("[0-9]{1,5}") ? Integer.valueOf(value) : null;
            if (port == null || port < 1 || port > 65535) {
                LOG.warn("event=demo_port_ignored file={} source={} value=\"{}\" reason=\"not a port 1..65535\"", file,
                        source, value);
                continue;
            }
            ports.put(source, port);
        }
        return ports;
    }

    /** Writes the ports a start with {@code firstPort} took, for the next start. */
    public void keep(int firstPort, Map<String, Integer> ports) {
        StringBuilder text = new StringBuilder("# Ports the demo's sites took with demo.first-port ").append(firstPort)
                .append(": the next start takes them again, so article URLs stay the same.\n")
                .append(FIRST_PORT_KEY).append('=').append(firstPort).append('\n');
        ports.forEach((source, port) -> text.append(source).append('=').append(port).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(text.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
