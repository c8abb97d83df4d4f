package io.kafkapipeline.datavis.chart;

import io.kafkapipeline.datavis.frame.Frame;
import io.kafkapipeline.datavis.frame.FrameRow;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.function.Function;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Generic charts of a {@link Frame}, each returned as an image (a Jupyter Java kernel displays a
 * {@link BufferedImage}). Nothing to plot gives a {@link NoData} image instead of an error.
 */
public final class Charts {

    public static final int WIDTH = 900;
    public static final int HEIGHT = 520;
    static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final int LABEL_LENGTH = 28;

    private Charts() {}

    /** One line per value of {@code groupColumn}: {@code valueColumn} over the timestamp column {@code timeColumn}. */
    public static BufferedImage timeSeries(
            Frame frame, String timeColumn, String valueColumn, String groupColumn, String title) {
        XYChart chart = xyChart(title, timeColumn + " (UTC)", valueColumn);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        List<XYSeries> series = seriesPerGroup(
                chart,
                frame.sortBy(timeColumn).groupBy(groupColumn),
                r -> {
                    Instant t = r.getInstant(timeColumn);
                    return t == null ? null : Date.from(t);
                },
                valueColumn);
        series.forEach(s -> s.setMarker(SeriesMarkers.CIRCLE));
        return series.isEmpty()
                ? NoData.image(title, "no rows with " + timeColumn + " and " + valueColumn + " in " + frame.name())
                : ChartImages.render(chart);
    }

    /** One point per row: {@code yColumn} against {@code xColumn}, a series per value of {@code groupColumn}. */
    public static BufferedImage scatter(Frame frame, String xColumn, String yColumn, String groupColumn, String title) {
        XYChart chart = xyChart(title, xColumn, yColumn);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        List<XYSeries> series = seriesPerGroup(chart, frame.groupBy(groupColumn), r -> r.getDouble(xColumn), yColumn);
        return series.isEmpty()
                ? NoData.image(title, "no rows with " + xColumn + " and " + yColumn + " in " + frame.name())
                : ChartImages.render(chart);
    }

    /**
     * A series per group, named after the group's value, of the rows where both {@code x} and {@code yColumn} have
     * a value; a group without such a row gets none.
     */
    private static List<XYSeries> seriesPerGroup(
            XYChart chart, Map<Object, Frame> groups, Function<FrameRow, Object> x, String yColumn) {
        List<XYSeries> added = new ArrayList<>();
        for (Map.Entry<Object, Frame> group : groups.entrySet()) {
            List<Object> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (FrameRow r : group.getValue().rows()) {
                Object a = x.apply(r);
                Double b = r.getDouble(yColumn);
                if (a != null && b != null) {
                    xs.add(a);
                    ys.add(b);
                }
            }
            if (!xs.isEmpty()) {
                added.add(chart.addSeries(String.valueOf(group.getKey()), xs, ys));
            }
        }
        return added;
    }

    /** A bar per entry, in the map's order. */
    public static BufferedImage bar(String title, String xTitle, String yTitle, Map<String, ? extends Number> values) {
        if (values.isEmpty()) {
            return NoData.image(title, "nothing to count");
        }
        CategoryChart chart = categoryChart(title, xTitle, yTitle);
        chart.getStyler().setLegendVisible(false);
        List<String> labels = values.keySet().stream().map(Charts::shortLabel).toList();
        int longest = labels.stream().mapToInt(String::length).max().orElse(0);
        if (longest * labels.size() > 90) {
            chart.getStyler().setXAxisLabelRotation(longest > 12 ? 60 : 45);
        }
        chart.addSeries(yTitle, labels, new ArrayList<Number>(values.values()));
        return ChartImages.render(chart);
    }

    static String shortLabel(String label) {
        return label.length() <= LABEL_LENGTH ? label : label.substring(0, LABEL_LENGTH - 1) + "…";
    }

    /**
     * Widens an axis to whole numbers around {@code values} with some room at both ends, so a handful of points (one
     * observation per city) get readable ticks instead of just their own values.
     */
    public static void padAxis(XYChart chart, boolean yAxis, List<Double> values) {
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        if (Double.isNaN(min)) {
            return;
        }
        double pad = Math.max(1.0, (max - min) * 0.1);
        double low = Math.floor(min - pad);
        double high = Math.ceil(max + pad);
        if (yAxis) {
            chart.getStyler().setYAxisMin(low).setYAxisMax(high);
        } else {
            chart.getStyler().setXAxisMin(low).setXAxisMax(high);
        }
    }

    /** The {@code top} most frequent values of a text column, as bars. */
    public static BufferedImage topCounts(Frame frame, String column, int top, String title) {
        Map<String, Long> counts = new LinkedHashMap<>();
        frame.countBy(column).entrySet().stream().limit(top).forEach(e -> counts.put(e.getKey(), e.getValue()));
        if (counts.isEmpty()) {
            return NoData.image(title, "no values of " + column + " in " + frame.name());
        }
        return bar(title, column, "rows", counts);
    }

    /**
     * A histogram: how many values fall into each bin of width {@code binWidth}; bins start at multiples of it and
     * empty bins between the smallest and largest value are shown.
     */
    public static BufferedImage histogram(String title, String xTitle, List<? extends Number> values, double binWidth) {
        if (!(binWidth > 0)) {
            throw new IllegalArgumentException("binWidth must be positive, not " + binWidth);
        }
        TreeMap<Long, Long> bins = new TreeMap<>();
        for (Number n : values) {
            if (n != null && Double.isFinite(n.doubleValue())) {
                bins.merge((long) Math.floor(n.doubleValue() / binWidth), 1L, Long::sum);
            }
        }
        if (bins.isEmpty()) {
            return NoData.image(title, "no values of " + xTitle);
        }
        Map<String, Long> bars = new LinkedHashMap<>();
        for (long b = bins.firstKey(); b <= bins.lastKey(); b++) {
            bars.put(binLabel(b, binWidth), bins.getOrDefault(b, 0L));
        }
        CategoryChart chart = categoryChart(title, xTitle, "count");
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setAvailableSpaceFill(0.96);
        chart.getStyler().setXAxisLabelRotation(bars.size() > 10 ? 45 : 0);
        chart.addSeries("count", new ArrayList<>(bars.keySet()), new ArrayList<Number>(bars.values()));
        return ChartImages.render(chart);
    }

    static String binLabel(long bin, double width) {
        BigDecimal w = BigDecimal.valueOf(width);
        BigDecimal from = w.multiply(BigDecimal.valueOf(bin));
        BigDecimal to = from.add(w);
        if (w.stripTrailingZeros().scale() <= 0) {
            return from.toBigInteger() + "–" + to.toBigInteger().subtract(java.math.BigInteger.ONE);
        }
        return from.stripTrailingZeros().toPlainString() + "–"
                + to.stripTrailingZeros().toPlainString();
    }

    /** An empty line/scatter chart with this project's style; dates on the x axis are shown in UTC. */
    public static XYChart xyChart(String title, String xTitle, String yTitle) {
        XYChart chart = styled(new XYChart(WIDTH, HEIGHT), title, xTitle, yTitle);
        chart.getStyler().setDatePattern("yyyy-MM-dd HH:mm");
        chart.getStyler().setMarkerSize(8);
        return chart;
    }

    /** An empty bar chart with this project's style. */
    public static CategoryChart categoryChart(String title, String xTitle, String yTitle) {
        CategoryChart chart = styled(new CategoryChart(WIDTH, HEIGHT), title, xTitle, yTitle);
        chart.getStyler().setYAxisTickMarkSpacingHint(70);
        return chart;
    }

    /** Titles; legend below the plot, in one row; times in UTC. */
    private static <C extends Chart<? extends AxesChartStyler, ?>> C styled(
            C chart, String title, String xTitle, String yTitle) {
        chart.setTitle(title);
        chart.setXAxisTitle(xTitle);
        chart.setYAxisTitle(yTitle);
        AxesChartStyler styler = chart.getStyler();
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setTimezone(UTC);
        return chart;
    }
}
