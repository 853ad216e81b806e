package vn.tinradar.deploy.cli;

import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.tinradar.common.config.ConfigException;
import vn.tinradar.deploy.kafka.KafkaAccessDenied;

/**
 * The {@code tinradar} command line (DESIGN.md "Commands"). Exit codes: 0 success, 1 bad input or
 * configuration (one line naming the culprit, no stack trace).
 */
@Command(name = "tinradar", mixinStandardHelpOptions = true, version = "TinRadar 0.1.0",
        description = "Theo dõi báo chí, mạng về tỉnh — media monitoring for a provincial department.",
        subcommands = {
            RunCommand.class,
            ServiceCommands.Ingest.class,
            ServiceCommands.Analyze.class,
            ServiceCommands.Alerts.class,
            ToolCommands.Score.class,
            ToolCommands.Train.class,
            ToolCommands.Evaluate.class,
            ToolCommands.Split.class,
            ToolCommands.Forecast.class,
            ToolCommands.Extract.class,
            ReplayCommand.class,
            CheckConfigCommand.class,
            ReportCommand.class,
            BackupCommands.BackupCommand.class,
            BackupCommands.RestoreCommand.class,
        })
public final class Commands implements Callable<Integer> {

    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Commands());
        cli.setOut(new java.io.PrintWriter(Console.out(), true));
        cli.setErr(new java.io.PrintWriter(Console.err(), true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ConfigException || e instanceof IllegalArgumentException
                    || e instanceof UncheckedIOException || e instanceof KafkaAccessDenied) {
                Console.err().println("error: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(Console.out());
        return 0;
    }
}
