package vn.tinradar.deploy.cli;

import java.util.EnumSet;
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

    @Override
    Set<Role> roles() {
        return EnumSet.allOf(Role.class);
    }

    @Override
    boolean demo() {
        return demo;
    }
}
