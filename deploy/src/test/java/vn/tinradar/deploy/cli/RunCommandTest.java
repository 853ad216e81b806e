package vn.tinradar.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import vn.tinradar.deploy.process.TinRadarProcess.Role;

class RunCommandTest {

    @Test
    void runStartsEveryServiceByDefault() {
        RunCommand run = parse("--demo");

        assertThat(run.roles()).containsExactlyInAnyOrder(Role.INGEST, Role.ANALYZE, Role.ALERTS);
    }

    @Test
    void withoutAnalyzeLeavesTheAnalysisToAnotherProcess() {
        RunCommand run = parse("--demo", "--without", "analyze");

        assertThat(run.roles()).containsExactlyInAnyOrder(Role.INGEST, Role.ALERTS);
    }

    @Test
    void withoutTakesSeveralServicesSeparatedByCommas() {
        RunCommand run = parse("--demo", "--without", "analyze,alerts");

        assertThat(run.roles()).containsExactly(Role.INGEST);
    }

    @Test
    void ingestCannotBeLeftOutBecauseItServesTheDemo() {
        assertThatThrownBy(() -> parse("--demo", "--without", "ingest"))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("ingest").hasMessageContaining("analyze, alerts");
    }

    private static RunCommand parse(String... args) {
        RunCommand run = new RunCommand();
        new CommandLine(run).parseArgs(args);
        return run;
    }
}
