package vn.tinradar.deploy.cli;

import java.util.EnumSet;
import java.util.Set;
import picocli.CommandLine.Command;
import vn.tinradar.deploy.process.TinRadarProcess.Role;

/** One service per process, for a distributed deployment against an existing Kafka cluster. */
final class ServiceCommands {

    private ServiceCommands() {
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Run only the crawler (needs --sources; --bootstrap for an external cluster).")
    static final class Ingest extends ServeCommand {
        @Override
        Set<Role> roles() {
            return EnumSet.of(Role.INGEST);
        }
    }

    @Command(name = "analyze", mixinStandardHelpOptions = true,
            description = "Run only the analysis topology; several instances share the partitions.")
    static final class Analyze extends ServeCommand {
        @Override
        Set<Role> roles() {
            return EnumSet.of(Role.ANALYZE);
        }
    }

    @Command(name = "alerts", mixinStandardHelpOptions = true,
            description = "Run only the alert service.")
    static final class Alerts extends ServeCommand {
        @Override
        Set<Role> roles() {
            return EnumSet.of(Role.ALERTS);
        }
    }
}
