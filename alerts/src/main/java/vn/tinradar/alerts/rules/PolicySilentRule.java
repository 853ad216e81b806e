package vn.tinradar.alerts.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tinradar.alerts.config.AlertsConfig;
import vn.tinradar.alerts.report.ReportBuilder;
import vn.tinradar.common.event.Severity;
import vn.tinradar.common.event.Signal;
import vn.tinradar.common.text.VnTime;

/**
 * Rule {@code policy-silent}: a draft policy under public consultation that no story has named for
 * {@code silent-after-days}, counted from its last coverage or, if it never had any, from the consultation's
 * first day: people cannot comment on a draft they never hear of. Clears when a story names it again or the
 * consultation is over. Evaluated on the wall clock, as silence is the absence of records.
 */
public final class PolicySilentRule {

    public static final String NAME = "policy-silent";

    private final AlertsConfig.DraftPolicies config;

    public PolicySilentRule(AlertsConfig.DraftPolicies config) {
        this.config = config;
    }

    /** @param last the latest story naming the policy, or null if none has yet */
    public Optional<Finding> evaluate(AlertsConfig.Policy p, PolicyMention last, Instant now) {
        String key = NAME + "|" + p.id();
        Instant opens = p.consultationFrom().atStartOfDay(VnTime.ZONE).toInstant();
        Instant closes = p.consultationTo().plusDays(1).atStartOfDay(VnTime.ZONE).toInstant();
        if (config.silentAfterDays() <= 0 || now.isBefore(opens)) {
            return Optional.empty();
        }
        if (!now.isBefore(closes)) {
            return Optional.of(Finding.cleared(NAME, key, "Đã hết thời gian lấy ý kiến "
                    + VnTime.DATE.format(p.consultationTo()) + ".", now));
        }
        Instant quietSince = last == null || last.lastSeen().isBefore(opens) ? opens : last.lastSeen();
        Duration quiet = Duration.between(quietSince, now);
        Duration limit = Duration.ofDays(config.silentAfterDays());
        if (quiet.compareTo(limit) < 0) {
            return Optional.of(Finding.cleared(NAME, key, last == null ? "" : "Có bài mới nhắc đến " + p.name()
                    + ": “" + last.storyTitle() + "” (" + Wording.time(last.lastSeen()) + ").", now));
        }
        long days = quiet.toDays();
        String since = last == null || last.lastSeen().isBefore(opens)
                ? "từ khi bắt đầu lấy ý kiến (" + VnTime.DATE.format(p.consultationFrom()) + ") chưa có bài nào nhắc đến"
                : "đã " + days + " ngày không có bài nào nhắc đến";
        String summary = "Dự thảo đang lấy ý kiến đến " + VnTime.DATE.format(p.consultationTo()) + " nhưng " + since
                + " " + p.name() + "." + (last == null ? "" : " Bài gần nhất: “" + last.storyTitle() + "”, "
                + Wording.time(last.lastSeen()) + ".");
        List<Signal> signals = new ArrayList<>();
        signals.add(new Signal("quiet-days", days, days + " ngày không có bài nhắc đến dự thảo (ngưỡng "
                + config.silentAfterDays() + " ngày)"));
        signals.add(new Signal("consultation", Duration.between(now, closes).toDays(), "Còn "
                + Duration.between(now, closes).toDays() + " ngày lấy ý kiến ("
                + VnTime.DATE.format(p.consultationFrom()) + " – " + VnTime.DATE.format(p.consultationTo()) + ")"));
        // the alert's time span is that of the silence so far, counted in whole days, so it grows once a day
        Instant seenTo = quietSince.plus(Duration.ofDays(days));
        return Optional.of(new Finding(NAME, key, Severity.INFO, "Dự thảo vắng thông tin: " + p.name(), summary,
                "Phối hợp cơ quan chủ trì soạn thảo và các cơ quan báo chí tăng cường thông tin về dự thảo, hướng dẫn "
                        + "cách góp ý, để người dân biết và góp ý trước ngày "
                        + VnTime.DATE.format(p.consultationTo()) + ".",
                signals, last == null ? List.of() : last.articles(), null,
                ReportBuilder.POLICY_TOPIC, null, quietSince, seenTo));
    }
}
