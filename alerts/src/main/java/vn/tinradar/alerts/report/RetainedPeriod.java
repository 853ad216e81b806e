package vn.tinradar.alerts.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import vn.tinradar.common.text.VnTime;

/**
 * What a topic with a time retention still holds in full: the first Vietnamese day none of whose records can have
 * been deleted yet. A report for a period that starts earlier would silently count only part of it (or nothing),
 * so the report says so instead.
 *
 * @param topic the topic the report reads its articles from
 * @param retention how long the topic keeps records; empty means forever (retention.ms -1, or compacted only)
 * @param earliestFullDay the first day kept in full; empty when the topic keeps everything
 */
public record RetainedPeriod(String topic, Optional<Duration> retention, Optional<LocalDate> earliestFullDay) {

    /** The kept days of {@code topic} at {@code now}; a record older than {@code now - retention} may be gone. */
    public static RetainedPeriod of(String topic, Optional<Duration> retention, Instant now) {
        if (retention.isEmpty()) {
            return new RetainedPeriod(topic, retention, Optional.empty());
        }
        // the day the cut-off falls in is only partly kept, so the first whole day is the one after it
        LocalDate cutOffDay = now.minus(retention.get()).atZone(VnTime.ZONE).toLocalDate();
        return new RetainedPeriod(topic, retention, Optional.of(cutOffDay.plusDays(1)));
    }

    /** True when every day from {@code first} on is still kept in full. */
    public boolean covers(LocalDate first) {
        return earliestFullDay.map(earliest -> !first.isBefore(earliest)).orElse(true);
    }

    /** One line for the person asking a report of [first, last] that starts before what is kept. */
    public String refusal(LocalDate first, LocalDate last) {
        if (covers(first)) {
            throw new IllegalStateException("the period from " + first + " is kept in full; nothing to refuse");
        }
        return "the period " + VnTime.DATE.format(first) + "–" + VnTime.DATE.format(last) + " is older than what "
                + "TinRadar keeps: " + topic + " keeps articles " + describe(retention.orElseThrow())
                + ", so the earliest day kept in full is " + VnTime.DATE.format(earliestFullDay.orElseThrow())
                + " (kafka.retention.articles-days sets it for new installations; retention.ms of the topic decides)";
    }

    /** The same refusal in Vietnamese, for the dashboard. */
    public String refusalInVietnamese(LocalDate first, LocalDate last) {
        if (covers(first)) {
            throw new IllegalStateException("the period from " + first + " is kept in full; nothing to refuse");
        }
        Duration d = retention.orElseThrow();
        return "Kỳ " + VnTime.DATE.format(first) + " – " + VnTime.DATE.format(last) + " cũ hơn dữ liệu TinRadar còn "
                + "lưu: bài viết chỉ được giữ " + (d.toHours() % 24 == 0 ? d.toDays() + " ngày" : d.toHours() + " giờ")
                + ", ngày sớm nhất còn đủ dữ liệu là " + VnTime.DATE.format(earliestFullDay.orElseThrow())
                + ". Hãy chọn kỳ bắt đầu từ ngày này trở đi.";
    }

    private static String describe(Duration d) {
        return d.toHours() % 24 == 0 ? d.toDays() + " days" : d.toHours() + " hours";
    }
}
