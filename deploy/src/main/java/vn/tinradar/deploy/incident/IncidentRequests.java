package vn.tinradar.deploy.incident;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import vn.tinradar.common.event.Incident;
import vn.tinradar.common.event.OfficialResponse;
import vn.tinradar.common.event.ResponseRequest;

/**
 * The requests for an official response that belong to an incident, as the spokesperson network keeps them: those
 * made from an alert on one of its stories, or from the alert it was opened from. Their rows read the same on the
 * page, in the PDF and in the DOCX.
 */
public final class IncidentRequests {

    private IncidentRequests() {
    }

    /** The incident's requests among {@code all}, oldest first. */
    public static List<ResponseRequest> of(Incident incident, Collection<ResponseRequest> all) {
        return all.stream().filter(r -> concerns(incident, r))
                .sorted(Comparator.comparing(ResponseRequest::requestedAt)).toList();
    }

    static boolean concerns(Incident incident, ResponseRequest r) {
        return (r.storyId() != null && incident.storyIds().contains(r.storyId()))
                || ("alert".equals(incident.openedFrom()) && incident.openedFromId().equals(r.alertId()));
    }

    /** The reminder column: when it was sent, or that none was yet. */
    static String reminder(ResponseRequest r) {
        return r.remindedAt() == null ? "chưa nhắc" : "đã nhắc " + IncidentPdf.time(r.remindedAt());
    }

    /** The response column: channel, time, spokesperson and what was said, or empty. */
    static String answer(ResponseRequest r) {
        OfficialResponse a = r.response();
        if (a == null) {
            return "";
        }
        return a.channel() + ", " + IncidentPdf.time(a.at())
                + (a.spokespersonName() == null ? "" : ", " + a.spokespersonName())
                + (a.text() == null || a.text().isBlank() ? "" : ": " + a.text())
                + (a.link() == null ? "" : " " + a.link());
    }

    /** One row as the tables show it: agency, requested, deadline, status at {@code now}, reminder, response. */
    static List<String> row(ResponseRequest r, Instant now) {
        return List.of(r.agencyName(), IncidentPdf.time(r.requestedAt()), IncidentPdf.time(r.due()),
                r.status(now).label(), reminder(r), answer(r));
    }

    static final List<String> HEADERS = List.of("Cơ quan", "Đề nghị lúc", "Hạn", "Tình trạng", "Nhắc hạn",
            "Phản hồi");
}
