package vn.tinradar.ingest.social;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The data rows of a real-captures manifest (tab-separated, a header row first), each split into its cells. */
final class ManifestRows {

    private ManifestRows() {
    }

    static Stream<String[]> of(Path manifest) throws IOException {
        return Files.readAllLines(manifest, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.split("\t"));
    }
}
