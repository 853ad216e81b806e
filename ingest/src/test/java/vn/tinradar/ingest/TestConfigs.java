package vn.tinradar.ingest;

import vn.tinradar.common.config.ConfigDocument;
import vn.tinradar.ingest.config.IngestConfig;

/** Ingest settings for tests: the shipped defaults with a few keys overridden, as a user's file would. */
public final class TestConfigs {

    private TestConfigs() {
    }

    /** Defaults, but no politeness pause and short timeouts so tests run fast. */
    public static IngestConfig fast() {
        return with("""
                per-host-min-interval-ms: 0
                retry-backoff-ms: 20
                retry-max-backoff-ms: 2000
                read-timeout-ms: 3000
                connect-timeout-ms: 2000
                """);
    }

    /** {@code lines} are YAML keys under {@code ingest:}, unindented. */
    public static IngestConfig with(String lines) {
        String yaml = "ingest:\n" + lines.lines().map(l -> "  " + l).reduce("", (a, b) -> a + b + "\n");
        ConfigDocument user = ConfigDocument.parse("test.yaml", yaml);
        return IngestConfig.from(user.overlay(ConfigDocument.loadResource(IngestConfig.DEFAULTS_RESOURCE)));
    }
}
