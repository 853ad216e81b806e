package vn.tinradar.deploy.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tinradar.common.config.ConfigException;
import vn.tinradar.deploy.config.Settings;
import vn.tinradar.ingest.SourceRegistry;

/** {@code check-config}: loads and validates the settings (and a sources registry), pointing at the bad line. */
@Command(name = "check-config", mixinStandardHelpOptions = true,
        description = "Validate tinradar.yaml (rules, recipients, users) and a sources registry.")
final class CheckConfigCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE") Path config;
    @Option(names = "--sources", paramLabel = "FILE") Path sources;

    @Override
    public Integer call() {
        try {
            Settings settings = Settings.load(config);
            int count = 0;
            if (sources != null) {
                count = SourceRegistry.load(sources).sources().size();
            }
            Console.out().println("OK: " + (config == null ? "defaults" : config) + ", province "
                    + settings.province().name() + (sources == null ? "" : ", " + count + " sources in " + sources));
            return 0;
        } catch (ConfigException e) {
            Console.err().println("error: " + e.getMessage());
            return 1;
        }
    }
}
