package vn.tinradar.deploy.incident;

import java.awt.Color;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinradar.alerts.render.ChartStyle;

/**
 * The incident's two charts as PNGs (XChart, headless, in the bundled font), the same on the page and in the
 * exported reports: articles per hour or day, negative ones stacked apart, the buckets with an official response
 * marked ★; and, per response, the negative share and article count in the day before against the day after.
 */
public final class IncidentCharts {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentCharts.class);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH'h' dd/MM");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");
    private static final Color NEGATIVE = new Color(0xc62828);
    private static final Color OTHER = new Color(0x1565c0);
    private static final Color BEFORE = new Color(0xb0bec5);
    static final int WIDTH = 720;

    private IncidentCharts() {
    }

    /** Articles per bucket; empty when there is nothing to draw or it could not be drawn. */
    public static Optional<byte[]> coverage(Coverage coverage) {
        if (coverage.buckets().isEmpty()) {
            return Optional.empty();
        }
        CategoryChart c = chart("Số bài theo " + (coverage.hourly() ? "giờ" : "ngày") + " (★: có phản hồi chính thức)",
                "bài", 320);
        c.getStyler().setStacked(true);
        c.getStyler().setXAxisLabelRotation(coverage.buckets().size() > 12 ? 60 : 0);
        List<String> x = new ArrayList<>();
        List<Number> negative = new ArrayList<>();
        List<Number> other = new ArrayList<>();
        for (Coverage.Bucket b : coverage.buckets()) {
            x.add((b.responses().isEmpty() ? "" : "★ ") + (coverage.hourly() ? HOUR : DAY).format(b.start()));
            negative.add(b.negative());
            other.add(b.articles() - b.negative());
        }
        c.addSeries("Tiêu cực", x, negative).setFillColor(NEGATIVE);
        c.addSeries("Khác", x, other).setFillColor(OTHER);
        return png(c, "coverage");
    }

    /** Negative share before and after each response; empty without responses. */
    public static Optional<byte[]> tone(List<ResponseEffect> effects) {
        if (effects.isEmpty()) {
            return Optional.empty();
        }
        CategoryChart c = chart("Tỷ lệ bài tiêu cực 24 giờ trước / sau mỗi phản hồi (%)", "%", 300);
        c.getStyler().setYAxisMax(100.0);
        List<String> x = new ArrayList<>();
        List<Number> before = new ArrayList<>();
        List<Number> after = new ArrayList<>();
        for (ResponseEffect e : effects) {
            x.add(e.responseId() + " " + shorten(e.agency(), 24) + " (" + e.before().articles() + "→"
                    + e.after().articles() + " bài)");
            before.add(orZero(e.before().negativePercent()));
            after.add(orZero(e.after().negativePercent()));
        }
        c.addSeries("Trước", x, before).setFillColor(BEFORE);
        c.addSeries("Sau", x, after).setFillColor(NEGATIVE);
        return png(c, "tone");
    }

    private static CategoryChart chart(String title, String yTitle, int height) {
        return ChartStyle.category(title, yTitle, WIDTH, height, 10f);
    }

    private static Optional<byte[]> png(CategoryChart chart, String name) {
        try {
            return Optional.of(BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.warn("event=chart-failed chart=incident-{} error=\"{}\"", name, e.toString());
            return Optional.empty();
        }
    }

    private static Number orZero(Double d) {
        return d == null ? 0 : d;
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).strip() + "…";
    }
}
