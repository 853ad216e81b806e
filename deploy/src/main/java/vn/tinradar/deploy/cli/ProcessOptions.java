package vn.tinradar.deploy.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every long-running command shares (DESIGN.md "Common options"). */
public final class ProcessOptions {

    @Option(names = "--config", paramLabel = "FILE", description = "tinradar.yaml with the settings to change")
    Path config;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "./data",
            description = "Kafka data, indexes, outbox (default: ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default 8080, from the config)")
    Integer port;

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT",
            description = "use this Kafka cluster instead of starting the embedded broker")
    String bootstrap;

    @Option(names = "--advertised-host", paramLabel = "HOST",
            description = "how other analyze instances reach this one (default web.advertised-host)")
    String advertisedHost;

    @Option(names = "--sources", paramLabel = "FILE", description = "sources registry (YAML) for ingest")
    Path sources;
}
