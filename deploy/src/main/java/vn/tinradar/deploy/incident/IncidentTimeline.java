package vn.tinradar.deploy.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.tinradar.alerts.view.AuditEntry;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.Incident;
import vn.tinradar.common.event.IncidentArticle;
import vn.tinradar.common.event.IncidentChange;
import vn.tinradar.common.event.IncidentHandover;
import vn.tinradar.common.event.IncidentResponse;
import vn.tinradar.common.event.IncidentTask;
import vn.tinradar.common.event.ResponseRequest;

/**
 * Merges on one time line what an incident gathered: its articles (source, tone), the alerts of its stories and
 * the staff actions on them, the requests for an official response made from them (requested, reminded, answered),
 * the official responses, the tasks, the hand-overs and its own opening, closing and followed stories. Entries at
 * the same time keep that order.
 */
public final class IncidentTimeline {

    private IncidentTimeline() {
    }

    /** True for an alert about one of the incident's stories, or the alert it was opened from. */
    public static boolean concerns(Incident incident, Alert alert) {
        return incident.storyIds().contains(alert.storyId())
                || ("alert".equals(incident.openedFrom()) && alert.id().equals(incident.openedFromId()));
    }

    /** @param requests the incident's requests for an official response ({@link IncidentRequests#of}) */
    public static List<TimelineEntry> of(Incident incident, List<Alert> alerts, List<AuditEntry> alertActions,
                                         List<ResponseRequest> requests, boolean newestFirst) {
        List<TimelineEntry> out = new ArrayList<>();
        for (IncidentArticle a : incident.articles()) {
            out.add(new TimelineEntry(a.published() != null ? a.published() : a.collectedAt(), "article", a.title(),
                    a.falseClaims().isEmpty() ? null : "Lặp lại tin sai: " + String.join("; ", a.falseClaims()),
                    null, a.source(), a.tone(), a.url(), a.id()));
        }
        for (Alert alert : alerts) {
            out.add(new TimelineEntry(alert.firstSeen(), "alert", alert.title(), alert.summary(), null, null, null,
                    null, alert.id()));
        }
        for (AuditEntry e : alertActions) {
            out.add(new TimelineEntry(e.at(), "alert-action", actionName(e.action()), e.detail(), e.user(), null, null,
                    null, e.alertId()));
        }
        for (ResponseRequest q : requests) {
            out.add(new TimelineEntry(q.requestedAt(), "request", "Đề nghị " + q.agencyName() + " phản hồi chính thức",
                    "Hạn " + IncidentPdf.time(q.due()) + (q.note() == null || q.note().isBlank() ? "" : ". " + q.note()),
                    q.requestedBy(), null, null, null, q.id()));
            if (q.remindedAt() != null) {
                out.add(new TimelineEntry(q.remindedAt(), "request", "Đã nhắc " + q.agencyName() + " hạn phản hồi",
                        "Hạn " + IncidentPdf.time(q.due()), null, null, null, null, q.id()));
            }
            if (q.response() != null) {
                out.add(new TimelineEntry(q.response().at(), "request", q.agencyName() + " đã phản hồi đề nghị",
                        IncidentRequests.answer(q), q.response().recordedBy(), null, null, q.response().link(),
                        q.id()));
            }
        }
        for (IncidentResponse r : incident.responses()) {
            out.add(new TimelineEntry(r.at(), "response", r.agency() + " — " + r.channel(),
                    r.text() != null ? r.text() : r.link(), r.spokesperson(), null, null, r.link(), r.id()));
        }
        for (IncidentTask t : incident.tasks()) {
            out.add(new TimelineEntry(t.addedAt(), "task", t.text(), "Giao " + t.owner() + (t.done()
                    ? ", đã xong (" + t.doneBy() + ")" : ""), t.addedBy(), null, null, null, t.id()));
        }
        for (IncidentHandover h : incident.handovers()) {
            out.add(new TimelineEntry(h.at(), "handover", "Bàn giao ca", h.text(), h.by(), null, null, null, null));
        }
        for (IncidentChange c : incident.changes()) {
            String title = switch (c.action()) {
                case "open" -> "Mở sự cố";
                case "close" -> "Đóng sự cố";
                case "follow-story" -> "Theo dõi thêm sự kiện";
                default -> null;
            };
            if (title != null) {
                out.add(new TimelineEntry(c.at(), "change", title, c.detail(), c.by(), null, null, null, null));
            }
        }
        Comparator<TimelineEntry> byTime = Comparator.comparing(TimelineEntry::at,
                Comparator.nullsFirst(Comparator.naturalOrder()));
        out.sort(newestFirst ? byTime.reversed() : byTime);
        return out;
    }

    private static String actionName(String action) {
        return switch (action == null ? "" : action) {
            case "acknowledged" -> "Cảnh báo được xác nhận";
            case "resolved" -> "Cảnh báo được xử lý xong";
            case "assigned" -> "Cảnh báo được giao";
            case "silenced" -> "Cảnh báo được tạm ẩn";
            default -> "Thao tác trên cảnh báo: " + action;
        };
    }

    static Instant start(Incident incident) {
        return incident.articles().stream().map(IncidentArticle::published).filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(incident.openedAt());
    }
}
