package vn.tinradar.deploy.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Settings as a user's tinradar.yaml holding only {@code yaml} makes them, on top of the defaults. */
public final class SettingsFiles {

    private SettingsFiles() {
    }

    public static Settings load(Path dir, String yaml) throws IOException {
        Path f = dir.resolve("tinradar.yaml");
        Files.writeString(f, yaml, StandardCharsets.UTF_8);
        return Settings.load(f);
    }
}
