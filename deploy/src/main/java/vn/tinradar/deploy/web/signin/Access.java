package vn.tinradar.deploy.web.signin;

/** Who may call a route: anyone, another analyze instance (signed otherwise), or a signed-in role and above. */
public enum Access {
    PUBLIC(null), PEER(null), VIEWER(Role.VIEWER), STAFF(Role.STAFF), ADMIN(Role.ADMIN);

    private final Role role;

    Access(Role role) {
        this.role = role;
    }

    /** The least role a signed-in user needs, or null when the route needs no user. */
    public Role role() {
        return role;
    }
}
