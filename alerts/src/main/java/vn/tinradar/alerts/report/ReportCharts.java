package vn.tinradar.alerts.report;

import java.awt.Color;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report's charts as PNGs (XChart, headless): articles per day against the period before, articles by
 * topic, and the positive/negative shares of both periods. A chart that cannot be drawn is left out.
 */
final class ReportCharts {

    private static final Logger LOG = LoggerFactory.getLogger(ReportCharts.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    private ReportCharts() {
    }

    /** File name (also the cid) → PNG bytes, in the order they appear in the report. */
    static Map<String, byte[]> draw(WeeklyReport r) {
        Map<String, byte[]> charts = new LinkedHashMap<>();
        if (r.total() + r.previousTotal() == 0) {
            return charts;
        }
        List<String> days = r.perDay().keySet().stream().map(DAY::format).toList();
        CategoryChart volume = chart("Số bài theo ngày", "bài");
        volume.addSeries("Kỳ này", days, new ArrayList<>(r.perDay().values()));
        volume.addSeries("Kỳ trước", days, pad(new ArrayList<>(r.previousPerDay().values()), days.size()));
        put(charts, "so-bai-theo-ngay.png", volume);
        if (!r.byTopic().isEmpty()) {
            CategoryChart topics = chart("Số bài theo chủ đề", "bài");
            topics.getStyler().setLegendVisible(false);
            topics.getStyler().setXAxisLabelRotation(30);
            topics.addSeries("Kỳ này", new ArrayList<>(r.byTopic().keySet()), new ArrayList<>(r.byTopic().values()));
            put(charts, "so-bai-theo-chu-de.png", topics);
        }
        CategoryChart tone = chart("Tỷ lệ tích cực / tiêu cực (%)", "%");
        List<String> labels = List.of("Tích cực", "Tiêu cực");
        tone.addSeries("Kỳ này", labels, List.of(pct(r.positive(), r.total()), pct(r.negative(), r.total())));
        tone.addSeries("Kỳ trước", labels, List.of(pct(r.previousPositive(), r.previousTotal()),
                pct(r.previousNegative(), r.previousTotal())));
        put(charts, "ty-le-sac-thai.png", tone);
        return charts;
    }

    private static CategoryChart chart(String title, String yTitle) {
        CategoryChart c = new CategoryChartBuilder().width(640).height(300).title(title).xAxisTitle("")
                .yAxisTitle(yTitle).build();
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setYAxisDecimalPattern("#");
        return c;
    }

    private static void put(Map<String, byte[]> charts, String name, CategoryChart chart) {
        try {
            charts.put(name, BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.warn("event=chart-failed chart={} error=\"{}\"", name, e.toString());
        }
    }

    private static List<Long> pad(List<Long> values, int size) {
        while (values.size() < size) {
            values.add(0L);
        }
        return values.subList(0, size);
    }

    private static double pct(long part, long whole) {
        return Math.round(WeeklyReport.share(part, whole) * 1000) / 10.0;
    }

}
