package vn.tinradar.deploy.web.users;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import vn.tinradar.common.event.UserAccount;
import vn.tinradar.common.event.UserChange;
import vn.tinradar.deploy.web.signin.Role;
import vn.tinradar.deploy.web.signin.UserDirectory;

/**
 * What an admin does to managed accounts (add, change role, disable, enable, reset the password) and what a person
 * does after a reset (choose a new password), each written with its audit entry. Accounts of the config file are
 * not managed here: they are refused by name, so the file stays the one place that changes them. Mistakes throw
 * {@link IllegalArgumentException} with a Vietnamese message; an unknown account, {@link NoSuchElementException}.
 */
public final class UserAdmin {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");
    private static final String TEMPORARY_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    private final UserBook book;
    private final UserLog log;
    private final PasswordRules rules;
    private final Predicate<String> inConfigFile;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** @param inConfigFile true for the names of the config file's accounts (and {@code admin}) */
    public UserAdmin(UserBook book, UserLog log, PasswordRules rules, Predicate<String> inConfigFile, Clock clock) {
        this.book = book;
        this.log = log;
        this.rules = rules;
        this.inConfigFile = inConfigFile;
        this.clock = clock;
    }

    public UserBook book() {
        return book;
    }

    /** Whether {@code name} is one of the config file's accounts, which the dashboard does not change. */
    public boolean inConfigFile(String name) {
        return inConfigFile.test(name);
    }

    public UserAccount add(String admin, String name, String role, String password) {
        String account = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (!NAME.matcher(account).matches()) {
            throw new IllegalArgumentException("Tên đăng nhập '" + name + "' không hợp lệ: 3–40 ký tự, gồm chữ "
                    + "thường không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang, ví dụ nguyen.van.an.");
        }
        if (inConfigFile.test(account) || book.find(account).isPresent()) {
            throw new IllegalArgumentException("Tài khoản " + account + " đã có.");
        }
        Role level = role(role);
        rules.require(account, password);
        return write(admin, new UserAccount(UserAccount.VERSION, account, level.id(), UserDirectory.hash(password),
                false, false, clock.instant(), admin), "add", level.id());
    }

    public UserAccount changeRole(String admin, String name, String role) {
        UserAccount a = managed(name);
        Role level = role(role);
        if (a.name().equals(admin) && level != Role.ADMIN) {
            throw new IllegalArgumentException("Không thể tự bỏ quyền quản trị của chính mình.");
        }
        return write(admin, new UserAccount(UserAccount.VERSION, a.name(), level.id(), a.passwordHash(), a.disabled(),
                a.mustChangePassword(), clock.instant(), admin), "role", level.id());
    }

    public UserAccount disable(String admin, String name) {
        UserAccount a = managed(name);
        if (a.name().equals(admin)) {
            throw new IllegalArgumentException("Không thể tự khóa tài khoản của chính mình.");
        }
        return write(admin, new UserAccount(UserAccount.VERSION, a.name(), a.role(), a.passwordHash(), true,
                a.mustChangePassword(), clock.instant(), admin), "disable", "");
    }

    public UserAccount enable(String admin, String name) {
        UserAccount a = managed(name);
        return write(admin, new UserAccount(UserAccount.VERSION, a.name(), a.role(), a.passwordHash(), false,
                a.mustChangePassword(), clock.instant(), admin), "enable", "");
    }

    /**
     * Gives the account a temporary password, returned once for the admin to pass on: it only lets its owner choose
     * a new password ({@link #choosePassword}), and no longer works after that.
     */
    public String resetPassword(String admin, String name) {
        UserAccount a = managed(name);
        String temporary = temporaryPassword();
        write(admin, new UserAccount(UserAccount.VERSION, a.name(), a.role(), UserDirectory.hash(temporary),
                a.disabled(), true, clock.instant(), admin), "reset", "");
        return temporary;
    }

    /** The owner's new password after a reset; the caller has checked the temporary one. */
    public UserAccount choosePassword(String name, String newPassword) {
        UserAccount a = managed(name);
        rules.require(a.name(), newPassword);
        return write(a.name(), new UserAccount(UserAccount.VERSION, a.name(), a.role(),
                UserDirectory.hash(newPassword), a.disabled(), false, clock.instant(), a.name()), "password", "");
    }

    private UserAccount managed(String name) {
        if (name != null && inConfigFile.test(name)) {
            throw new IllegalArgumentException("Tài khoản " + name + " được khai báo trong tệp cấu hình "
                    + "(web.users hoặc admin); hãy sửa ở tệp đó, không sửa được trên trang quản trị.");
        }
        return book.find(name).orElseThrow(() -> new NoSuchElementException("Không có tài khoản " + name + "."));
    }

    private static Role role(String role) {
        try {
            return Role.fromId(role);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Vai trò phải là admin, staff hoặc viewer, không phải '" + role + "'.");
        }
    }

    private UserAccount write(String by, UserAccount account, String action, String detail) {
        log.write(account, new UserChange(UserChange.VERSION, UUID.randomUUID().toString(), account.changedAt(), by,
                account.name(), action, detail));
        return account;
    }

    private String temporaryPassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(TEMPORARY_ALPHABET.charAt(random.nextInt(TEMPORARY_ALPHABET.length())));
        }
        return sb.toString();
    }
}
