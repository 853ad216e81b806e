package vn.tinradar.alerts.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.event.Incident;
import vn.tinradar.common.event.IncidentArticle;
import vn.tinradar.common.event.WatchRequest;

/**
 * The articles ingest should re-check after publication, as records of {@code ingest.watch}: every linkable
 * article of an alert (open until the alert is resolved) and of an incident (open until it is closed). The
 * anchor is the article's publication time, the nearest TinRadar knows here to its first fetch.
 */
public final class WatchRequests {

    private WatchRequests() {
    }

    /** One request per linkable article of {@code alert}, closed when the alert is resolved. */
    public static List<KeyValue<String, WatchRequest>> of(Alert alert) {
        List<KeyValue<String, WatchRequest>> out = new ArrayList<>();
        if (alert == null || alert.articles() == null) {
            return out;
        }
        boolean open = alert.status() != AlertStatus.RESOLVED;
        for (ArticleRef a : alert.articles()) {
            if (a.id() != null && a.linkableUrl() != null) {
                Instant anchor = a.published() != null ? a.published().toInstant() : alert.firstSeen();
                add(out, new WatchRequest(WatchRequest.VERSION, a.id(), a.linkableUrl(), a.title(), a.source(),
                        "alert:" + alert.id(), anchor, open, alert.updatedAt()));
            }
        }
        return out;
    }

    /** One request per linkable article of {@code incident}, closed when the incident is. */
    public static List<KeyValue<String, WatchRequest>> of(Incident incident) {
        List<KeyValue<String, WatchRequest>> out = new ArrayList<>();
        if (incident == null) {
            return out;
        }
        for (IncidentArticle a : incident.articles()) {
            if (a.id() != null && a.url() != null && a.url().matches("(?i)https?://\\S+")) {
                add(out, new WatchRequest(WatchRequest.VERSION, a.id(), a.url(), a.title(), a.source(),
                        "incident:" + incident.id(), a.published() != null ? a.published() : a.collectedAt(),
                        incident.open(), incident.openedAt()));
            }
        }
        return out;
    }

    private static void add(List<KeyValue<String, WatchRequest>> out, WatchRequest w) {
        out.add(KeyValue.pair(w.key(), w));
    }
}
