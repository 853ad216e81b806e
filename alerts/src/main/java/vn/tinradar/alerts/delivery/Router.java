package vn.tinradar.alerts.delivery;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.text.VietnameseText;

/**
 * Who receives an alert by e-mail: the default recipients plus every route whose topics, places, rules and
 * least severity match it. Places compare without diacritics or case, so "Xa Bao Ha" matches "Xã Bảo Hà".
 */
public final class Router {

    private final List<String> defaults;
    private final List<AlertsConfig.Route> routes;

    public Router(List<String> defaults, List<AlertsConfig.Route> routes) {
        this.defaults = List.copyOf(defaults);
        this.routes = List.copyOf(routes);
    }

    public List<String> recipients(Alert alert) {
        Set<String> to = new LinkedHashSet<>(defaults);
        for (AlertsConfig.Route r : routes) {
            if (matches(r, alert)) {
                to.addAll(r.emailTo());
            }
        }
        return List.copyOf(to);
    }

    static boolean matches(AlertsConfig.Route r, Alert alert) {
        return alert.severity().compareTo(r.minSeverity()) >= 0
                && (r.topics().isEmpty() || r.topics().contains(alert.topic()))
                && (r.rules().isEmpty() || r.rules().contains(alert.rule()))
                && (r.places().isEmpty() || alert.place() != null && r.places().stream()
                .anyMatch(p -> VietnameseText.fold(p).equals(VietnameseText.fold(alert.place()))));
    }
}
