package io.kafkapipeline.datavis.pipeline;

import io.kafkapipeline.datavis.chart.ChartImages;
import io.kafkapipeline.datavis.chart.Charts;
import io.kafkapipeline.datavis.chart.NoData;
import io.kafkapipeline.datavis.frame.Frame;
import io.kafkapipeline.datavis.frame.FrameRow;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The twitter notebook's charts of {@code twitterdata}: the sentiment of public Mastodon posts per place they were read
 * ({@code location}: instance and tag, e.g. {@code mastodon.social#spacex}), over time, as a share, and their volume.
 * Time buckets adapt to the span of the data: about 30 buckets of whole minutes (at least one).
 */
public final class TwitterCharts {

    /** Locations charted at most (the ones with the most posts). */
    public static final int TOP_LOCATIONS = 6;

    private static final String POSITIVE = "Positive";

    private TwitterCharts() {}

    /** Share of Positive posts per time bucket, a line per location. */
    public static BufferedImage sentimentOverTime(Frame posts) {
        String title = "Share of positive posts over time, per location";
        Duration bucket = bucket(posts);
        XYChart chart = Charts.xyChart(title, "post time (UTC), " + minutes(bucket) + " buckets", "positive (%)");
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(100.0);
        int lines = linePerLocation(chart, posts, SeriesMarkers.CIRCLE, rows -> {
            Map<Instant, int[]> counts = new TreeMap<>();
            for (FrameRow row : rows.rows()) {
                Instant t = row.getInstant("tweet_date");
                if (t != null && row.getString("classification") != null) {
                    int[] c = counts.computeIfAbsent(floor(t, bucket), k -> new int[2]);
                    c[0] += POSITIVE.equals(row.getString("classification")) ? 1 : 0;
                    c[1]++;
                }
            }
            Map<Instant, Double> share = new TreeMap<>();
            counts.forEach((t, c) -> share.put(t, 100.0 * c[0] / c[1]));
            return share;
        });
        return lines == 0 ? NoData.image(title, noRows(posts)) : ChartImages.render(chart);
    }

    /** Share of Positive posts per location, over all its rows. */
    public static BufferedImage sharePositive(Frame posts) {
        String title = "Share of positive posts per location";
        Map<String, Double> share = new LinkedHashMap<>();
        topLocations(posts).forEach((location, rows) -> {
            long positive = rows.rows().stream()
                    .filter(r -> POSITIVE.equals(r.getString("classification")))
                    .count();
            share.put(location + " (" + rows.size() + ")", Math.round(1000.0 * positive / rows.size()) / 10.0);
        });
        return share.isEmpty()
                ? NoData.image(title, noRows(posts))
                : Charts.bar(title, "location", "positive (%)", share);
    }

    /** Posts per time bucket, a line per location. */
    public static BufferedImage volume(Frame posts) {
        String title = "Posts per location over time";
        Duration bucket = bucket(posts);
        XYChart chart = Charts.xyChart(title, "post time (UTC), " + minutes(bucket) + " buckets", "posts");
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        chart.getStyler().setYAxisMin(0.0);
        int lines = linePerLocation(chart, posts, SeriesMarkers.SQUARE, rows -> {
            Map<Instant, Double> counts = new TreeMap<>();
            for (FrameRow row : rows.rows()) {
                Instant t = row.getInstant("tweet_date");
                if (t != null) {
                    counts.merge(floor(t, bucket), 1.0, Double::sum);
                }
            }
            return counts;
        });
        return lines == 0 ? NoData.image(title, noRows(posts)) : ChartImages.render(chart);
    }

    /**
     * A line per top location through the time buckets {@code perBucket} gives its posts a value in, coloured in
     * palette order; a location without any gets no line.
     *
     * @return how many lines were drawn
     */
    private static int linePerLocation(
            XYChart chart, Frame posts, Marker marker, Function<Frame, Map<Instant, Double>> perBucket) {
        int i = 0;
        for (Map.Entry<String, Frame> location : topLocations(posts).entrySet()) {
            Map<Instant, Double> points = perBucket.apply(location.getValue());
            if (points.isEmpty()) {
                continue;
            }
            List<Date> x = points.keySet().stream().map(Date::from).toList();
            XYSeries s = chart.addSeries(location.getKey(), x, new ArrayList<>(points.values()));
            s.setLineColor(Palette.color(i));
            s.setMarkerColor(Palette.color(i));
            s.setMarker(marker);
            i++;
        }
        return i;
    }

    /** The locations with the most posts, most first, at most {@link #TOP_LOCATIONS}. */
    static Map<String, Frame> topLocations(Frame posts) {
        Map<String, Frame> top = new LinkedHashMap<>();
        posts.countBy("location").entrySet().stream()
                .limit(TOP_LOCATIONS)
                .forEach(e -> top.put(e.getKey(), posts.where("location", e.getKey())));
        return top;
    }

    /** About 30 buckets over the span of the posts, in whole minutes, at least one minute. */
    static Duration bucket(Frame posts) {
        Instant first = null;
        Instant last = null;
        for (FrameRow row : posts.rows()) {
            Instant t = row.getInstant("tweet_date");
            if (t != null) {
                first = first == null || t.isBefore(first) ? t : first;
                last = last == null || t.isAfter(last) ? t : last;
            }
        }
        if (first == null) {
            return Duration.ofMinutes(1);
        }
        long minutes = Duration.between(first, last).toMinutes() / 30;
        return Duration.ofMinutes(Math.max(1, minutes));
    }

    private static Instant floor(Instant t, Duration bucket) {
        long size = bucket.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(t.toEpochMilli(), size) * size);
    }

    private static String minutes(Duration bucket) {
        return bucket.toMinutes() + "-minute";
    }

    private static String noRows(Frame posts) {
        return posts.name() + " is empty";
    }
}
