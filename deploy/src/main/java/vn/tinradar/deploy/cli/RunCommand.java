package vn.tinradar.deploy.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tinradar.deploy.process.TinRadarProcess.Role;

/** {@code run}: everything in one process, with the embedded broker unless --bootstrap is given. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run ingest, analyze, alerts and the web server in one process.")
final class RunCommand extends ServeCommand {

    @Option(names = "--demo", description = "serve the bundled demo corpus on local ports and crawl it")
    boolean demo;

    @Option(names = "--without", paramLabel = "SERVICE", split = ",",
            description = "leave out these services (analyze, alerts), run elsewhere as their own command: "
                    + "the demo with analyze or alerts in a JVM of its own")
    List<Left> without = List.of();

    /** A service {@code run} can leave to another process; ingest stays, as it serves the demo. */
    enum Left {
        analyze(Role.ANALYZE), alerts(Role.ALERTS);

        final Role role;

        Left(Role role) {
            this.role = role;
        }
    }

    @Override
    Set<Role> roles() {
        Set<Role> roles = EnumSet.allOf(Role.class);
        without.forEach(left -> roles.remove(left.role));
        return roles;
    }

    @Override
    boolean demo() {
        return demo;
    }
}
