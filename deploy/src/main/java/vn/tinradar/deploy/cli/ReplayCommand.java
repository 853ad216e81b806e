package vn.tinradar.deploy.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tinradar.common.event.SourceTier;
import vn.tinradar.deploy.config.Settings;
import vn.tinradar.deploy.replay.Replay;
import vn.tinradar.deploy.replay.ReplayItems;
import vn.tinradar.deploy.replay.ReplayReport;

/** {@code replay}: a dump of real dated items through analyze and alerts at an accelerated clock, summed per day. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Push a dump of real, dated news items through analyze and alerts at an accelerated clock "
                + "(the items' own time, SPEED times faster), then print per day: articles, relevant articles, new "
                + "stories, alerts by rule, and the alerts' titles.",
                "Exit code: 0 done, 1 nothing to replay, 3 done but some items were left out (listed)."})
final class ReplayCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "F.jsonl|DIR",
            description = "JSON lines in the score input format (id, title, text, url, source, published, tier), "
                    + "or a folder of saved RSS/Atom files")
    Path input;

    @Option(names = "--speed", defaultValue = "1000", paramLabel = "N",
            description = "how many times faster than the items' own time (default ${DEFAULT-VALUE}: a week in "
                    + "about 10 minutes)")
    double speed;

    @Option(names = "--tier", defaultValue = "national-press", paramLabel = "TIER",
            description = "tier of items whose line names none (default ${DEFAULT-VALUE})")
    String tier;

    // a trend finding no story speaks for waits alerts.wait-for-stories-seconds (30) and its re-check (10) first
    @Option(names = "--settle-seconds", defaultValue = "60", paramLabel = "S",
            description = "wait after the last item before reading the results (default ${DEFAULT-VALUE})")
    int settleSeconds;

    @Option(names = "--config", paramLabel = "FILE", description = "tinradar.yaml (province, rules...)")
    Path config;

    @Option(names = "--data-dir", defaultValue = "./data-replay", paramLabel = "DIR",
            description = "a fresh folder for the replay's broker and indexes (default ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--port", defaultValue = "0", paramLabel = "N",
            description = "dashboard port while the replay runs (default: any free port)")
    int port;

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT",
            description = "use this Kafka cluster (give the replay its own kafka.topic-prefix in --config)")
    String bootstrap;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintStream out = Console.out();
        PrintStream err = Console.err();
        if (speed <= 0 || Double.isNaN(speed) || Double.isInfinite(speed)) {
            err.println("replay: --speed must be a number above 0, was " + speed);
            return 2;
        }
        if (!Files.exists(input)) {
            err.println("replay: --input " + input + " does not exist");
            return 2;
        }
        if (bootstrap == null && holdsFiles(dataDir)) {
            err.println("replay: " + dataDir + " already holds data; a replay starts from nothing: give a new "
                    + "--data-dir or delete it");
            return 2;
        }
        SourceTier defaultTier;
        try {
            defaultTier = SourceTier.fromId(tier);
        } catch (IllegalArgumentException e) {
            err.println("replay: --tier " + e.getMessage());
            return 2;
        }
        Settings settings = Settings.load(config);
        ReplayItems.Loaded items = ReplayItems.load(input, defaultTier);
        items.rejected().stream().limit(20).forEach(r -> err.println("replay: left out " + r));
        if (items.rejected().size() > 20) {
            err.println("replay: ... and " + (items.rejected().size() - 20) + " more left out");
        }
        if (items.articles().isEmpty()) {
            err.println("replay: nothing to replay in " + input);
            return 1;
        }
        Replay.Result result = new Replay(settings, new Replay.Options(dataDir, port, bootstrap, speed,
                Duration.ofSeconds(Math.max(0, settleSeconds)), System.getenv("TINRADAR_ADMIN_PASSWORD")),
                Clock.systemUTC()).run(items.articles(), err);
        out.println("replay of " + input.getFileName() + ": " + result.pushed() + " items pushed, "
                + result.scored() + " scored, " + items.rejected().size() + " left out");
        ReplayReport.print(result.days(), out);
        return items.rejected().isEmpty() ? 0 : 3;
    }

    private static boolean holdsFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        }
    }
}
