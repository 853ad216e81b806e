package vn.tinradar.deploy.web.users;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be, kept to rules people can live with: at least {@value #MIN_LENGTH} characters, not
 * the account name, not one of the passwords everyone tries first. No rules on digits or symbols: length matters
 * more, and such rules push people to {@code Matkhau@1}.
 */
public final class PasswordRules {

    static final int MIN_LENGTH = 10;
    private static final String COMMON_LIST = "/users/common-passwords.txt";

    private final Set<String> common;

    private PasswordRules(Set<String> common) {
        this.common = common;
    }

    /** The rules with the bundled list of common passwords. */
    public static PasswordRules standard() {
        try (InputStream in = PasswordRules.class.getResourceAsStream(COMMON_LIST)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + COMMON_LIST);
            }
            Set<String> words = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
            return new PasswordRules(Set.copyOf(words));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + COMMON_LIST, e);
        }
    }

    /** Why {@code password} may not be {@code name}'s, in Vietnamese for the person choosing it; empty when it may. */
    public Optional<String> problem(String name, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Mật khẩu phải có ít nhất " + MIN_LENGTH + " ký tự.");
        }
        String lower = password.strip().toLowerCase(Locale.ROOT);
        String account = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (!account.isEmpty() && lower.contains(account)) {
            return Optional.of("Mật khẩu không được chứa tên đăng nhập.");
        }
        if (common.contains(lower) || lower.chars().distinct().count() == 1) {
            return Optional.of("Mật khẩu này quá phổ biến, dễ bị đoán ra; hãy chọn mật khẩu khác, "
                    + "ví dụ một câu ngắn dễ nhớ.");
        }
        return Optional.empty();
    }

    /** Throws {@link IllegalArgumentException} with the Vietnamese reason when the password breaks a rule. */
    public void require(String name, String password) {
        problem(name, password).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
    }
}
