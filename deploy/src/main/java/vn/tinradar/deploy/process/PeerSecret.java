package vn.tinradar.deploy.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The secret analyze instances share to ask each other (search fan-out): {@code web.peer-secret} when set, else
 * one generated once and kept in {@code <data-dir>/peer-secret} (owner only). A generated secret is this
 * process's alone, so several instances need the setting: without it they refuse each other, which searches
 * report as instances not answering.
 */
final class PeerSecret {

    private PeerSecret() {
    }

    static String ensure(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        Path file = dataDir.resolve("peer-secret");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            String secret = AdminPassword.generate() + AdminPassword.generate();
            Files.createDirectories(dataDir);
            Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the file keeps the directory's permissions
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the peer secret in " + file, e);
        }
    }
}
