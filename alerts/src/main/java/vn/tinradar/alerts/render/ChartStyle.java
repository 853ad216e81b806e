package vn.tinradar.alerts.render;

import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/** The look every chart TinRadar draws shares: white, bundled font, legend below, whole numbers from zero. */
public final class ChartStyle {

    private ChartStyle() {
    }

    /** An empty bar chart of that size, styled; the caller adds the series. */
    public static CategoryChart category(String title, String yTitle, int width, int height, float tickFontSize) {
        CategoryChart c = new CategoryChartBuilder().width(width).height(height).title(title).xAxisTitle("")
                .yAxisTitle(yTitle).build();
        Styler s = c.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setChartTitleFont(BundledFont.awt(Font.BOLD, 15f));
        s.setChartTitleBoxVisible(false);
        s.setLegendFont(BundledFont.awt(Font.PLAIN, 12f));
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setLegendBorderColor(Color.WHITE);
        c.getStyler().setAxisTitleFont(BundledFont.awt(Font.PLAIN, 12f));
        c.getStyler().setAxisTickLabelsFont(BundledFont.awt(Font.PLAIN, tickFontSize));
        c.getStyler().setYAxisDecimalPattern("#");
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setPlotGridVerticalLinesVisible(false);
        return c;
    }
}
