package vn.tinradar.deploy.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import vn.tinradar.deploy.web.signin.UserDirectory;

/**
 * Makes sure the first account, {@code admin}, can sign in: its password comes from
 * {@code TINRADAR_ADMIN_PASSWORD}, else from the configured hash, else it is generated once and kept in
 * {@code <data-dir>/admin-password} (readable by the owner only) so restarts keep it.
 */
final class AdminPassword {

    static final String ADMIN = "admin";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789";

    private AdminPassword() {
    }

    /** Returns one line telling the person how to sign in. */
    static String ensure(UserDirectory users, Path dataDir, String fromEnvironment, boolean demo) {
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            users.setPassword(ADMIN, "admin", fromEnvironment);
            return "Đăng nhập / sign in: admin / " + (demo ? fromEnvironment : "(TINRADAR_ADMIN_PASSWORD)");
        }
        if (users.has(ADMIN)) {
            return "Đăng nhập / sign in: admin / (password-hash in your tinradar.yaml)";
        }
        Path file = dataDir.resolve("admin-password");
        try {
            String password;
            if (Files.exists(file)) {
                password = Files.readString(file, StandardCharsets.UTF_8).trim();
            } else {
                password = generate();
                Files.createDirectories(dataDir);
                Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system: the file keeps the directory's permissions
                }
            }
            users.setPassword(ADMIN, "admin", password);
            return demo ? "Đăng nhập / sign in: admin / " + password
                    : "Đăng nhập / sign in: admin, password in " + file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the admin password in " + file, e);
        }
    }

    static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
