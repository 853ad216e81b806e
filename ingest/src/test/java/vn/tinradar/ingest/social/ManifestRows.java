package vn.tinradar.ingest.social;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The data rows of a real-captures manifest (tab-separated, a header row first), each split into its cells, and
 * where a capture is kept.
 */
final class ManifestRows {

    private ManifestRows() {
    }

    static Stream<String[]> of(Path manifest) throws IOException {
        return Files.readAllLines(manifest, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.split("\t"));
    }

    /**
     * The capture {@code file} in the folder the environment variable {@code env} names; the calling test is skipped,
     * saying how to rebuild the folder with {@code resources/<folder>/recreate.sh}, when it is not there.
     */
    static Path captured(String env, String folder, String file) {
        String dir = System.getenv(env);
        Path path = dir == null ? null : Path.of(dir, file);
        assumeTrue(path != null && Files.isRegularFile(path),
                "real captures not present: run " + folder + "/recreate.sh and set " + env + "; skipped");
        return path;
    }
}
