package vn.tinradar.deploy.web.signin;

import java.util.Locale;

/** What an account may do; each role may do all that the roles before it may. */
public enum Role {
    /** Reads everything the dashboard shows. */
    VIEWER("viewer", "chỉ xem"),
    /** Also acts on alerts, claims and saved searches. */
    STAFF("staff", "cán bộ theo dõi"),
    /** Also manages users, sources, policies and settings. */
    ADMIN("admin", "quản trị");

    private final String id;
    private final String vietnamese;

    Role(String id, String vietnamese) {
        this.id = id;
        this.vietnamese = vietnamese;
    }

    public String id() {
        return id;
    }

    /** The role's name as staff read it in messages. */
    public String vietnamese() {
        return vietnamese;
    }

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    public static Role fromId(String id) {
        for (Role r : values()) {
            if (r.id.equals(id == null ? null : id.trim().toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        throw new IllegalArgumentException("role must be admin, staff or viewer but was '" + id + "'");
    }
}
