package vn.tinradar.analyze.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The outlets of the starter sources registries ({@code deploy/ops/config/sources-*.yaml}): id, name, home, tier. */
final class SourcePool {

    record Outlet(String id, String name, String home, String tier) {
    }

    private SourcePool() {
    }

    /** Every distinct source id of the registries in {@code dir}, in file order. */
    static List<Outlet> read(Path dir) throws IOException {
        Map<String, Outlet> byId = new LinkedHashMap<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().matches("sources-.*\\.yaml")).sorted().toList();
        }
        for (Path file : files) {
            for (JsonNode s : yaml.readTree(file.toFile()).path("sources")) {
                String id = s.path("id").asText();
                byId.putIfAbsent(id, new Outlet(id, s.path("name").asText(id),
                        s.path("home").asText("https://" + id + ".vn").replaceAll("/+$", ""), s.path("tier").asText(null)));
            }
        }
        if (byId.isEmpty()) {
            throw new IllegalArgumentException("no sources-*.yaml with sources in " + dir);
        }
        return new ArrayList<>(byId.values());
    }
}
