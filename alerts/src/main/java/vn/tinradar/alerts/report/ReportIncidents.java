package vn.tinradar.alerts.report;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import vn.tinradar.common.event.Incident;
import vn.tinradar.common.event.IncidentResponse;
import vn.tinradar.common.event.ResponseRequest;
import vn.tinradar.common.text.VnTime;

/**
 * The crisis incidents (sự cố) of a report's period, as rows: those opened in it or still open at its start, with
 * the official responses recorded and requested, how each ended and the lessons learnt (issue 14).
 */
final class ReportIncidents {

    private ReportIncidents() {
    }

    /** The incidents of [from, to), oldest first, with the response requests of their stories. */
    static List<ReportView.IncidentRow> rows(Collection<Incident> incidents, Collection<ResponseRequest> requests,
                                             Instant from, Instant to) {
        return incidents.stream().filter(i -> during(i, from, to))
                .sorted(Comparator.comparing(Incident::openedAt))
                .map(i -> row(i, requests)).toList();
    }

    private static boolean during(Incident i, Instant from, Instant to) {
        return i.openedAt() != null && i.openedAt().isBefore(to)
                && (i.open() || i.closedAt() == null || !i.closedAt().isBefore(from));
    }

    private static ReportView.IncidentRow row(Incident i, Collection<ResponseRequest> requests) {
        List<ResponseRequest> asked = requests.stream().filter(r -> r.storyId() != null
                && i.storyIds().contains(r.storyId())).toList();
        String responses = i.responses().isEmpty() ? "Chưa có phản hồi chính thức"
                : i.responses().stream().map(ReportIncidents::response).collect(Collectors.joining("; "));
        String requested = asked.isEmpty() ? "" : asked.size() + " đề nghị phản hồi ("
                + asked.stream().filter(r -> r.response() != null).count() + " đã phản hồi)";
        return new ReportView.IncidentRow(i.title(), VnTime.DATE.format(i.openedAt().atZone(VnTime.ZONE)),
                i.open() || i.closedAt() == null ? "đang xử lý" : VnTime.DATE.format(i.closedAt().atZone(VnTime.ZONE)),
                i.storyIds().size() + " sự kiện, " + i.articles().size() + " bài",
                requested.isEmpty() ? responses : responses + "; " + requested,
                i.summary() == null ? "Đang xử lý" : i.summary(), i.lessons() == null ? "" : i.lessons());
    }

    private static String response(IncidentResponse r) {
        return r.agency() + " (" + r.channel() + ", " + VnTime.DATE.format(r.at().atZone(VnTime.ZONE)) + ")";
    }
}
