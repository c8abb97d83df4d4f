package io.kafkapipeline.datavis.pipeline;

import io.kafkapipeline.datavis.chart.ChartImages;
import io.kafkapipeline.datavis.chart.Charts;
import io.kafkapipeline.datavis.chart.NoData;
import io.kafkapipeline.datavis.frame.Frame;
import io.kafkapipeline.datavis.frame.FrameRow;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.BoxChartBuilder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.style.BoxStyler;
import org.knowm.xchart.style.Styler;

/** The SpaceX notebook's charts of {@code spacex_launches}. Years are UTC years of {@code launch_date_utc}. */
public final class SpacexCharts {

    private SpacexCharts() {}

    /** Launches per year, stacked by outcome: succeeded, failed, no outcome (upcoming or unknown). */
    public static BufferedImage launchesPerYear(Frame launches) {
        String title = "SpaceX launches per year";
        Map<Integer, int[]> byYear = outcomesByYear(launches);
        if (byYear.isEmpty()) {
            return NoData.image(title, noRows(launches));
        }
        List<String> years = new ArrayList<>();
        List<Number> succeeded = new ArrayList<>();
        List<Number> failed = new ArrayList<>();
        List<Number> unknown = new ArrayList<>();
        for (int y = byYear.keySet().iterator().next(); y <= ((TreeMap<Integer, int[]>) byYear).lastKey(); y++) {
            int[] c = byYear.getOrDefault(y, new int[3]);
            years.add(Integer.toString(y));
            succeeded.add(c[0]);
            failed.add(c[1]);
            unknown.add(c[2]);
        }
        CategoryChart chart = Charts.categoryChart(title, "year (UTC)", "launches");
        chart.getStyler().setStacked(true);
        chart.getStyler().setXAxisLabelRotation(years.size() > 12 ? 45 : 0);
        chart.addSeries("succeeded", years, succeeded).setFillColor(Palette.color(2));
        chart.addSeries("failed", years, failed).setFillColor(Palette.color(4));
        chart.addSeries("no outcome (upcoming or unknown)", years, unknown).setFillColor(Palette.color(5));
        return ChartImages.render(chart);
    }

    /** Share of successful launches per year, among launches with a known outcome. */
    public static BufferedImage successRate(Frame launches) {
        Map<Integer, int[]> byYear = outcomesByYear(launches);
        int ok = 0;
        int known = 0;
        List<String> years = new ArrayList<>();
        List<Number> rates = new ArrayList<>();
        for (Map.Entry<Integer, int[]> e : byYear.entrySet()) {
            int[] c = e.getValue();
            if (c[0] + c[1] > 0) {
                years.add(Integer.toString(e.getKey()));
                rates.add(100.0 * c[0] / (c[0] + c[1]));
                ok += c[0];
                known += c[0] + c[1];
            }
        }
        if (known == 0) {
            return NoData.image(
                    "SpaceX launch success rate per year",
                    launches.isEmpty() ? noRows(launches) : "no launch with a known outcome");
        }
        String title = String.format(
                Locale.ROOT,
                "SpaceX launch success rate per year (overall %d of %d = %.1f%%)",
                ok,
                known,
                100.0 * ok / known);
        CategoryChart chart = Charts.categoryChart(title, "year (UTC)", "successful launches (%)");
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        chart.getStyler().setXAxisLabelRotation(years.size() > 12 ? 45 : 0);
        chart.addSeries("success rate", years, rates).setFillColor(Palette.color(2));
        return ChartImages.render(chart);
    }

    /** Distribution of the first payload's mass per rocket (launches whose mass is unknown are left out). */
    public static BufferedImage payloadMassByRocket(Frame launches) {
        String title = "Payload mass by rocket";
        Map<String, List<Double>> masses = new TreeMap<>();
        for (FrameRow r : launches.rows()) {
            Double mass = r.getDouble("payload_mass_kg");
            String rocket = r.getString("rocket_name");
            if (mass != null && rocket != null) {
                masses.computeIfAbsent(rocket, k -> new ArrayList<>()).add(mass);
            }
        }
        if (masses.isEmpty()) {
            return NoData.image(title, launches.isEmpty() ? noRows(launches) : "no launch with a payload mass");
        }
        BoxChart chart = new BoxChartBuilder()
                .width(Charts.WIDTH)
                .height(Charts.HEIGHT)
                .title(title)
                .xAxisTitle("rocket")
                .yAxisTitle("first payload mass (kg)")
                .build();
        chart.getStyler().setBoxplotCalCulationMethod(BoxStyler.BoxplotCalCulationMethod.N_LESS_1_PLUS_1);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setToolTipsEnabled(false);
        int i = 0;
        for (Map.Entry<String, List<Double>> e : masses.entrySet()) {
            chart.addSeries(e.getKey() + " (" + e.getValue().size() + ")", e.getValue())
                    .setFillColor(Palette.color(i++));
        }
        return ChartImages.render(chart);
    }

    /** Launches per launch site, most used first. */
    public static BufferedImage launchSites(Frame launches) {
        return Charts.topCounts(launches, "site_name", 20, "SpaceX launches per launch site");
    }

    /** Year → {succeeded, failed, no outcome}, sorted by year; rows without a date are left out. */
    static TreeMap<Integer, int[]> outcomesByYear(Frame launches) {
        TreeMap<Integer, int[]> byYear = new TreeMap<>();
        for (FrameRow r : launches.rows()) {
            Instant date = r.getInstant("launch_date_utc");
            if (date == null) {
                continue;
            }
            int[] c = byYear.computeIfAbsent(date.atZone(ZoneOffset.UTC).getYear(), y -> new int[3]);
            Boolean success = r.getBoolean("launch_success");
            c[success == null ? 2 : success ? 0 : 1]++;
        }
        return byYear;
    }

    private static String noRows(Frame launches) {
        return launches.name() + " is empty";
    }
}
