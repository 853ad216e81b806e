package vn.tinradar.alerts.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.event.SourceStatus;

/**
 * Rule {@code source-health}: a source whose crawling is failing or that has gone silent, as ingest reports it on
 * {@code ingest.health}. One alert per source, its severity by the source's tier (a silent government portal
 * matters more than a silent forum); a status back to ok clears it, so the alert resolves by itself. An unknown
 * state is ignored.
 */
public final class SourceHealthRule {

    public static final String NAME = "source-health";
    private static final String ACTION_FAILING = "Kiểm tra nguồn tin: trang có đổi địa chỉ, đổi cấu trúc, chặn truy "
            + "cập hay ngừng hoạt động không; cập nhật cấu hình nguồn nếu cần. Trong lúc chờ, theo dõi nguồn này "
            + "trực tiếp để không bỏ sót thông tin.";
    private static final String ACTION_SILENT = "Kiểm tra trực tiếp trang nguồn: nếu trang vẫn đăng bài mới thì cấu "
            + "hình thu thập cần sửa; nếu trang đã ngừng đăng, ghi nhận và báo cáo lãnh đạo phụ trách.";

    private final AlertsConfig.SourceHealth config;

    public SourceHealthRule(AlertsConfig.SourceHealth config) {
        this.config = config;
    }

    public Optional<Finding> evaluate(SourceStatus status) {
        if (!config.enabled() || status == null || status.sourceId() == null || status.state() == null) {
            return Optional.empty();
        }
        String key = NAME + "|" + status.sourceId();
        String name = status.sourceName() == null || status.sourceName().isBlank() ? status.sourceId()
                : status.sourceName();
        if (status.healthy()) {
            return Optional.of(Finding.cleared(NAME, key, "Nguồn " + name + " hoạt động bình thường trở lại lúc "
                    + Wording.time(status.observedAt()) + ".", status.observedAt()));
        }
        boolean failing = SourceStatus.FAILING.equals(status.state());
        if (!failing && !SourceStatus.SILENT.equals(status.state())) {
            return Optional.empty();
        }
        String tier = status.tier() == null ? "" : " (" + status.tier().vietnameseName() + ")";
        String reason = status.reason() == null || status.reason().isBlank() ? "" : ": " + status.reason();
        String title = (failing ? "Không thu thập được tin từ nguồn " : "Nguồn tin ngừng có bài mới: ") + name;
        String summary = (failing ? "TinRadar liên tục gặp lỗi khi lấy tin từ " : "Đã lâu không thấy bài mới từ ")
                + name + tier + reason + "." + (status.lastSuccess() == null ? ""
                : " Lần lấy tin thành công gần nhất: " + Wording.time(status.lastSuccess()) + ".")
                + (status.lastNewItem() == null ? "" : " Bài mới gần nhất: " + Wording.time(status.lastNewItem()) + ".");
        return Optional.of(new Finding(NAME, key, config.severity(status.tier()), title, summary,
                failing ? ACTION_FAILING : ACTION_SILENT, signals(status, failing), List.of(), null, null, null,
                status.observedAt(), status.observedAt()));
    }

    private static List<Signal> signals(SourceStatus s, boolean failing) {
        List<Signal> signals = new ArrayList<>();
        signals.add(new Signal(failing ? "failing" : "silent", 1, (failing ? "Trạng thái: lỗi thu thập"
                : "Trạng thái: không có bài mới") + (s.reason() == null || s.reason().isBlank() ? "" : " — " + s.reason())
                + " (ghi nhận lúc " + Wording.time(s.observedAt()) + ")"));
        if (s.lastError() != null && !s.lastError().isBlank()) {
            signals.add(new Signal("last-error", 1, "Lỗi gần nhất" + (s.lastErrorAt() == null ? ""
                    : " lúc " + Wording.time(s.lastErrorAt())) + ": " + s.lastError()));
        }
        if (s.fetches() > 0) {
            double share = (double) s.errors() / s.fetches();
            signals.add(new Signal("errors", share, s.errors() + "/" + s.fetches() + " lượt lấy tin bị lỗi ("
                    + Wording.percent(share) + ")"));
        }
        if (!failing && s.usualGapMinutes() > 0) {
            signals.add(new Signal("usual-gap", s.usualGapMinutes(), "Thường cứ khoảng "
                    + gap(s.usualGapMinutes()) + " nguồn này có bài mới"));
        }
        return signals;
    }

    private static String gap(long minutes) {
        return minutes < 120 ? minutes + " phút" : minutes < 48 * 60 ? (minutes / 60) + " giờ" : (minutes / 1440) + " ngày";
    }
}
