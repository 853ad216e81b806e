package vn.tinradar.deploy.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tinradar.common.kafka.Topics;
import vn.tinradar.deploy.backup.Backup;
import vn.tinradar.deploy.backup.BackupFile;
import vn.tinradar.deploy.backup.BackupHeader;
import vn.tinradar.deploy.backup.Restore;
import vn.tinradar.deploy.backup.RestoreSummary;
import vn.tinradar.deploy.config.Settings;
import vn.tinradar.deploy.kafka.TopicCreator;

/** {@code backup} and {@code restore}: the staff's data of an installation to one file, and back. */
final class BackupCommands {

    /** Exit code of a restore that wrote what it could but refused some entries (each named). */
    static final int SOME_REFUSED = 3;

    private BackupCommands() {
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = {"Export the staff's data (accounts and their audit, claims, saved searches, alert "
                + "actions and silences, and the --config and --sources files) to one JSON-lines file.",
                "Exit 0 written, 1 broker or file unusable."})
    static final class BackupCommand implements Callable<Integer> {

        @Mixin
        ProcessOptions options;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "the backup file to write")
        Path out;

        @Override
        public Integer call() {
            Settings settings = Settings.load(options.config);
            Topics topics = new Topics(settings.deploy().kafka().topicPrefix());
            Map<String, Path> files = new LinkedHashMap<>();
            if (options.config != null) {
                files.put("config", options.config);
            }
            if (options.sources != null) {
                files.put("sources", options.sources);
            }
            try (InstallationBroker broker = InstallationBroker.open(options, settings, topics)) {
                BackupHeader header = new Backup(topics, broker.kafka(), Clock.systemUTC()).export(out, files);
                Console.out().println("Sao lưu / backup: " + out.toAbsolutePath() + " (prefix " + header.prefix()
                        + "; " + header.counts() + ")");
                return 0;
            } catch (IllegalStateException e) {
                Console.err().println("error: " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = {"Import a backup into this installation (its own topic prefix). Entries already there "
                + "are left alone, so a second run writes nothing. Files go to <data-dir>/restored/.",
                "Exit 0 restored, 1 file of another format version or broker unusable (nothing written), "
                + "3 restored but some entries refused (each named)."})
    static final class RestoreCommand implements Callable<Integer> {

        @Mixin
        ProcessOptions options;

        @Option(names = "--in", required = true, paramLabel = "FILE", description = "the backup file to read")
        Path in;

        @Override
        public Integer call() {
            // read (and refuse) the file before touching any broker
            BackupFile.Contents backup = BackupFile.read(in);
            Settings settings = Settings.load(options.config);
            Topics topics = new Topics(settings.deploy().kafka().topicPrefix());
            try (InstallationBroker broker = InstallationBroker.open(options, settings, topics)) {
                // a fresh installation on a cluster may not have its topics yet
                TopicCreator.ensure(broker.kafka(), topics, settings.deploy().kafka().topicLayout());
                RestoreSummary summary = new Restore(topics, broker.kafka(), options.dataDir.resolve("restored"))
                        .restore(backup);
                summary.problems().forEach(p -> Console.err().println("refused: " + p));
                Console.out().println("Khôi phục / restored from " + in + " (backup of prefix "
                        + backup.header().prefix() + " at " + backup.header().createdAt() + ") into prefix "
                        + topics.prefix() + ": " + summary.describe());
                return summary.problems().isEmpty() ? 0 : SOME_REFUSED;
            } catch (IllegalStateException e) {
                Console.err().println("error: " + e.getMessage());
                return 1;
            }
        }
    }
}
