package vn.tinradar.alerts.delivery;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.alerts.render.BundledFont;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.ArticleRef;
import vn.tinradar.common.text.VnTime;

/**
 * A small bar chart (PNG, XChart) of how many of an alert's articles appeared per hour, or per day when they
 * span more than two days, in Asia/Ho_Chi_Minh time: the "how fast is it growing" picture in the e-mail.
 */
public final class ArticleTimeline {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleTimeline.class);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH'h' dd/MM");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    private ArticleTimeline() {
    }

    /** The chart, or empty when fewer than two articles carry a date or it cannot be drawn here. */
    public static Optional<byte[]> png(Alert alert) {
        List<Instant> times = alert.articles().stream().map(ArticleRef::published).filter(p -> p != null)
                .map(p -> p.toInstant()).sorted().toList();
        if (times.size() < 2) {
            return Optional.empty();
        }
        boolean daily = Duration.between(times.get(0), times.get(times.size() - 1)).toHours() > 48;
        ChronoUnit unit = daily ? ChronoUnit.DAYS : ChronoUnit.HOURS;
        TreeMap<ZonedDateTime, Integer> counts = new TreeMap<>();
        ZonedDateTime first = times.get(0).atZone(VnTime.ZONE).truncatedTo(unit);
        ZonedDateTime last = times.get(times.size() - 1).atZone(VnTime.ZONE).truncatedTo(unit);
        for (ZonedDateTime t = first; !t.isAfter(last) && counts.size() < 72; t = t.plus(1, unit)) {
            counts.put(t, 0);
        }
        for (Instant t : times) {
            counts.computeIfPresent(t.atZone(VnTime.ZONE).truncatedTo(unit), (k, v) -> v + 1);
        }
        List<String> labels = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        counts.forEach((t, n) -> {
            labels.add((daily ? DAY : HOUR).format(t));
            values.add(n);
        });
        try {
            CategoryChart chart = new CategoryChartBuilder().width(560).height(240)
                    .title("Số bài theo " + (daily ? "ngày" : "giờ")).xAxisTitle("").yAxisTitle("bài").build();
            chart.getStyler().setLegendVisible(false);
            chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
            chart.getStyler().setXAxisLabelRotation(labels.size() > 6 ? 45 : 0);
            chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
            chart.getStyler().setYAxisDecimalPattern("#");
            // the bundled font: a server without fonts would otherwise draw Vietnamese letters as boxes
            chart.getStyler().setChartTitleFont(BundledFont.awt(java.awt.Font.BOLD, 14f));
            chart.getStyler().setAxisTitleFont(BundledFont.awt(java.awt.Font.PLAIN, 12f));
            chart.getStyler().setAxisTickLabelsFont(BundledFont.awt(java.awt.Font.PLAIN, 11f));
            chart.addSeries("bài", labels, values);
            return Optional.of(BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
        } catch (IOException | RuntimeException | LinkageError e) {
            // a missing font or graphics library costs the picture, never the e-mail
            LOG.warn("event=chart-failed alert={} error=\"{}\"", alert.id(), e.toString());
            return Optional.empty();
        }
    }
}
