package vn.tinradar.deploy.incident;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.tinradar.common.event.Incident;
import vn.tinradar.common.event.ResponseRequest;

/**
 * Everything an exported incident report shows: the incident, its timeline oldest first, the requests for an
 * official response of its alerts and stories, the effect of each response, and the two charts (absent when there
 * was nothing to draw).
 */
public record IncidentReport(Incident incident, List<TimelineEntry> timeline, List<ResponseRequest> requests,
                             List<ResponseEffect> effects, Optional<byte[]> coverageChart, Optional<byte[]> toneChart,
                             Instant madeAt) {

    /** Builds the report's parts from the incident, what the timeline gathered and the incident's requests. */
    public static IncidentReport of(Incident incident, List<TimelineEntry> oldestFirst, List<ResponseRequest> requests,
                                    Instant now) {
        List<ResponseEffect> effects = ResponseEffect.of(incident, now);
        return new IncidentReport(incident, oldestFirst, List.copyOf(requests), effects,
                IncidentCharts.coverage(Coverage.of(incident)), IncidentCharts.tone(effects), now);
    }

    static String statusName(Incident i) {
        return i.open() ? "Đang xử lý" : "Đã đóng";
    }

    static String kindName(String kind) {
        return switch (kind) {
            case "article" -> "Bài viết";
            case "alert" -> "Cảnh báo";
            case "alert-action" -> "Thao tác";
            case "response" -> "Phản hồi chính thức";
            case "request" -> "Đề nghị phản hồi";
            case "task" -> "Nhiệm vụ";
            case "handover" -> "Bàn giao ca";
            default -> "Sự cố";
        };
    }

    static String toneName(String tone) {
        if (tone == null) {
            return "";
        }
        return switch (tone) {
            case "negative" -> "tiêu cực";
            case "positive" -> "tích cực";
            default -> "trung tính";
        };
    }
}
