package vn.tinradar.alerts.policy.book;

import vn.tinradar.alerts.config.AlertsConfig;

/**
 * A draft policy as the dashboard lists it: the policy the rules follow, its drafting agency, and where it comes
 * from ({@code settings}, {@code dashboard}, or {@code dashboard-over-settings} when an entry of the dashboard
 * takes the place of one of the settings file with the same id).
 */
public record ListedPolicy(AlertsConfig.Policy policy, String agency, String origin, String updatedBy) {

    public static final String SETTINGS = "settings";
    public static final String DASHBOARD = "dashboard";
    public static final String DASHBOARD_OVER_SETTINGS = "dashboard-over-settings";
}
