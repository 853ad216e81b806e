package vn.tinradar.alerts.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.alerts.render.BundledFont;
import vn.tinradar.alerts.render.ChartStyle;

/**
 * The report's charts as PNGs (XChart, headless, in the bundled font): articles per day against the week before,
 * the share of negative articles per day (the tone's trend), the positive/negative shares of both periods, and
 * articles by topic. Days are labelled by weekday, so this Monday stands next to last Monday; a period longer than two
 * months is charted by month instead. A chart that cannot
 * be drawn is left out.
 */
final class ReportCharts {

    static final String VOLUME = "so-bai-theo-ngay.png";
    static final String NEGATIVE_TREND = "ty-le-tieu-cuc-theo-ngay.png";
    static final String TONE = "ty-le-sac-thai.png";
    static final String TOPICS = "so-bai-theo-chu-de.png";

    private static final Logger LOG = LoggerFactory.getLogger(ReportCharts.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");
    private static final String[] WEEKDAY = {"T2", "T3", "T4", "T5", "T6", "T7", "CN"};
    private static final Color THIS_PERIOD = new Color(0x1565c0);
    private static final Color LAST_PERIOD = new Color(0xb0bec5);
    private static final Color NEGATIVE = new Color(0xc62828);
    private static final Color POSITIVE = new Color(0x2e7d32);
    static final int WIDTH = 720;
    /** Longer periods are charted by month, counted from the period's first day. */
    static final int MAX_DAILY_BARS = 62;

    private ReportCharts() {
    }

    /** File name (also the cid) → PNG bytes, in the order they appear in the report. */
    static Map<String, byte[]> draw(WeeklyReport r) {
        Map<String, byte[]> charts = new LinkedHashMap<>();
        if (r.current().articles() + r.previous().articles() == 0) {
            return charts;
        }
        String format = r.current().perDay().size() > MAX_DAILY_BARS ? "dd/MM/yy" : "dd/MM";
        DateTimeFormatter period = DateTimeFormatter.ofPattern(format);
        String currentLabel = "Kỳ này (" + period.format(r.from()) + " – " + period.format(last(r.current().perDay()))
                + ")";
        String previousLabel = "Kỳ trước (" + period.format(r.previous().perDay().keySet().iterator().next()) + " – "
                + period.format(last(r.previous().perDay())) + ")";
        WeeklyReport.Totals current = r.current();
        WeeklyReport.Totals previous = r.previous();
        List<String> days = current.perDay().keySet().stream()
                .map(d -> WEEKDAY[d.getDayOfWeek().getValue() - 1] + " " + DAY.format(d)).toList();
        String unit = "ngày";
        if (current.perDay().size() > MAX_DAILY_BARS) {
            // a year of daily bars is a grey smear: months read at a glance
            current = byMonth(current);
            previous = byMonth(previous);
            days = current.perDay().keySet().stream()
                    .map(d -> d.getDayOfMonth() == 1 ? "Th" + d.getMonthValue() : "từ " + DAY.format(d)).toList();
            unit = "tháng";
        }

        CategoryChart volume = chart("Số bài theo " + unit, "bài", 300);
        bars(volume, currentLabel, days, perDay(current, WeeklyReport.Day::articles, days.size()), THIS_PERIOD);
        bars(volume, previousLabel, days, perDay(previous, WeeklyReport.Day::articles, days.size()), LAST_PERIOD);
        put(charts, VOLUME, volume);

        CategoryChart trend = chart("Tỷ lệ bài tiêu cực theo " + unit + " (%)", "%", 280);
        trend.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        trend.getStyler().setYAxisMin(0.0);
        trend.getStyler().setYAxisMax(100.0);
        line(trend, currentLabel, days, perDay(current, ReportCharts::negativePercent, days.size()), NEGATIVE, false);
        line(trend, previousLabel, days, perDay(previous, ReportCharts::negativePercent, days.size()),
                LAST_PERIOD, true);
        put(charts, NEGATIVE_TREND, trend);

        CategoryChart tone = chart("Tỷ lệ tích cực / tiêu cực (%)", "%", 260);
        tone.getStyler().setYAxisMax(100.0);
        tone.getStyler().setLabelsVisible(true);
        tone.getStyler().setLabelsFont(BundledFont.awt(Font.PLAIN, 12f));
        tone.getStyler().setLabelsPosition(1.0);
        tone.getStyler().setLabelsFontColorAutomaticEnabled(false);
        tone.getStyler().setLabelsFontColor(Color.DARK_GRAY);
        tone.getStyler().setYAxisDecimalPattern("#");
        List<String> labels = List.of("Tích cực", "Tiêu cực");
        bars(tone, currentLabel, labels, List.of(pct(r.current().positiveShare()), pct(r.current().negativeShare())),
                THIS_PERIOD);
        bars(tone, previousLabel, labels, List.of(pct(r.previous().positiveShare()),
                pct(r.previous().negativeShare())), LAST_PERIOD);
        put(charts, TONE, tone);

        List<WeeklyReport.Row> topics = r.byTopic().stream().limit(8).toList();
        if (!topics.isEmpty()) {
            CategoryChart byTopic = chart("Số bài theo chủ đề (8 chủ đề nhiều bài nhất)", "bài", 380);
            byTopic.getStyler().setXAxisLabelRotation(35);
            List<String> names = topics.stream().map(t -> shorten(t.name(), 22)).toList();
            bars(byTopic, currentLabel, names, topics.stream().map(t -> (Number) t.current()).toList(), THIS_PERIOD);
            bars(byTopic, previousLabel, names, topics.stream().map(t -> (Number) t.previous()).toList(), LAST_PERIOD);
            put(charts, TOPICS, byTopic);
        }
        return charts;
    }

    private static CategoryChart chart(String title, String yTitle, int height) {
        CategoryChart c = ChartStyle.category(title, yTitle, WIDTH, height, 11f);
        c.getStyler().setAvailableSpaceFill(0.7);
        return c;
    }

    private static void bars(CategoryChart chart, String name, List<String> x, List<? extends Number> y, Color color) {
        chart.addSeries(name, x, new ArrayList<>(y)).setFillColor(color);
    }

    private static void line(CategoryChart chart, String name, List<String> x, List<? extends Number> y, Color color,
                             boolean dashed) {
        CategorySeries s = chart.addSeries(name, x, new ArrayList<>(y));
        s.setLineColor(color);
        s.setMarkerColor(color);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setLineStyle(dashed ? new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {6f, 5f}, 0f) : new BasicStroke(2.5f));
    }

    /**
     * The days of a period summed by month of the period (its first day opens month 1), keyed by each month's first
     * day; a year against the year before then lines January up with January.
     */
    static WeeklyReport.Totals byMonth(WeeklyReport.Totals t) {
        Map<LocalDate, WeeklyReport.Day> months = new LinkedHashMap<>();
        LocalDate start = t.perDay().keySet().iterator().next();
        for (Map.Entry<LocalDate, WeeklyReport.Day> e : t.perDay().entrySet()) {
            LocalDate month = start.plusMonths(java.time.temporal.ChronoUnit.MONTHS.between(start, e.getKey()));
            months.merge(month, e.getValue(), (a, b) -> new WeeklyReport.Day(a.articles() + b.articles(),
                    a.positive() + b.positive(), a.negative() + b.negative()));
        }
        return new WeeklyReport.Totals(t.articles(), t.positive(), t.negative(), months, t.alerts());
    }

    private static List<Number> perDay(WeeklyReport.Totals t, Function<WeeklyReport.Day, Number> value, int size) {
        List<Number> values = new ArrayList<>();
        for (WeeklyReport.Day d : t.perDay().values()) {
            values.add(value.apply(d));
        }
        while (values.size() < size) {
            values.add(0);
        }
        return values.subList(0, size);
    }

    /** Null on a day without articles: the line skips it rather than dropping to a misleading 0%. */
    private static Double negativePercent(WeeklyReport.Day d) {
        return d.articles() == 0 ? null : pct(WeeklyReport.share(d.negative(), d.articles()));
    }

    private static LocalDate last(Map<LocalDate, WeeklyReport.Day> days) {
        LocalDate last = null;
        for (LocalDate d : days.keySet()) {
            last = d;
        }
        return last;
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).strip() + "…";
    }

    private static void put(Map<String, byte[]> charts, String name, Chart<?, ?> chart) {
        try {
            charts.put(name, BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.warn("event=chart-failed chart={} error=\"{}\"", name, e.toString());
        }
    }

    private static double pct(double share) {
        return Math.round(share * 1000) / 10.0;
    }
}
