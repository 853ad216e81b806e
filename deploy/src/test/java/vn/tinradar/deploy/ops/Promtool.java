package vn.tinradar.deploy.ops;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs Prometheus's {@code promtool} (Debian package {@code prometheus}) on the ops files. Outside CI a machine
 * without it skips the test with a message; under {@code CI=true} a missing promtool fails, because .ci/run
 * installs it.
 */
final class Promtool {

    /** What a run printed and how it ended. */
    record Result(int exitCode, String output) {
    }

    private final Path executable;

    private Promtool(Path executable) {
        this.executable = executable;
    }

    /** The promtool on the PATH; skips (or, under CI, fails) the calling test when there is none. */
    static Promtool onPath() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "promtool");
            if (Files.isExecutable(candidate)) {
                return new Promtool(candidate);
            }
        }
        String why = "promtool is not on the PATH (Debian: apt-get install prometheus)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(why + "; CI must have it: .ci/run installs it");
        }
        Assumptions.abort(why + "; skipping the Prometheus checks on this machine");
        throw new AssertionError("unreachable");
    }

    /** Runs {@code promtool args...} in {@code dir}, at most one minute. */
    Result run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("promtool " + String.join(" ", args) + " did not finish within a minute");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.exitValue(), output);
    }
}
