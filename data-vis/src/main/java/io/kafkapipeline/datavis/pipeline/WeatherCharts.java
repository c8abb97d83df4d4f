package io.kafkapipeline.datavis.pipeline;

import io.kafkapipeline.datavis.chart.ChartImages;
import io.kafkapipeline.datavis.chart.Charts;
import io.kafkapipeline.datavis.chart.NoData;
import io.kafkapipeline.datavis.frame.Frame;
import io.kafkapipeline.datavis.frame.FrameRow;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The weather notebook's charts of {@code weatherreport}: Hanoi vs Ho Chi Minh City (the producer's default cities).
 * Temperatures are in the producer's units: °C with its default {@code OWM_UNITS=metric}.
 */
public final class WeatherCharts {

    public static final List<String> DEFAULT_CITIES = List.of("Hanoi", "Ho Chi Minh City");
    static final String TEMPERATURE_AXIS = "temperature (°C with OWM_UNITS=metric)";

    private WeatherCharts() {}

    /** Temperature over time per city, with the min and max that OpenWeatherMap reports for the same moment. */
    public static BufferedImage temperature(Frame weather) {
        return temperature(weather, DEFAULT_CITIES);
    }

    public static BufferedImage temperature(Frame weather, List<String> cities) {
        String title = "Temperature: " + String.join(" vs ", cities);
        XYChart chart = Charts.xyChart(title, "observation time (UTC)", TEMPERATURE_AXIS);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        int plotted = 0;
        List<Double> all = new ArrayList<>();
        for (int i = 0; i < cities.size(); i++) {
            String city = cities.get(i);
            Frame rows = weather.where("location", city).sortBy("forecastdate");
            Color color = Palette.color(i);
            plotted += line(chart, city + " temp", rows, "temp", color, SeriesMarkers.CIRCLE, SeriesLines.SOLID);
            plotted += line(
                    chart, city + " min", rows, "temp_min", color, SeriesMarkers.TRIANGLE_DOWN, SeriesLines.DASH_DASH);
            plotted += line(
                    chart, city + " max", rows, "temp_max", color, SeriesMarkers.TRIANGLE_UP, SeriesLines.DASH_DASH);
            all.addAll(rows.doubles("temp"));
            all.addAll(rows.doubles("temp_min"));
            all.addAll(rows.doubles("temp_max"));
        }
        Charts.padAxis(chart, true, all);
        return plotted == 0 ? NoData.image(title, noRows(weather, cities)) : ChartImages.render(chart);
    }

    /** Humidity against pressure, one point per observation, a colour per city. */
    public static BufferedImage humidityVsPressure(Frame weather) {
        return humidityVsPressure(weather, DEFAULT_CITIES);
    }

    public static BufferedImage humidityVsPressure(Frame weather, List<String> cities) {
        String title = "Humidity vs pressure: " + String.join(" vs ", cities);
        XYChart chart = Charts.xyChart(title, "pressure (hPa)", "humidity (%)");
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(10);
        int plotted = 0;
        List<Double> allX = new ArrayList<>();
        List<Double> allY = new ArrayList<>();
        for (int i = 0; i < cities.size(); i++) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (FrameRow r : weather.where("location", cities.get(i)).rows()) {
                if (r.getDouble("pressure") != null && r.getDouble("humidity") != null) {
                    x.add(r.getDouble("pressure"));
                    y.add(r.getDouble("humidity"));
                }
            }
            if (!x.isEmpty()) {
                XYSeries s = chart.addSeries(cities.get(i), x, y);
                s.setMarkerColor(Palette.color(i));
                s.setMarker(SeriesMarkers.CIRCLE);
                plotted++;
                allX.addAll(x);
                allY.addAll(y);
            }
        }
        Charts.padAxis(chart, false, allX);
        Charts.padAxis(chart, true, allY);
        return plotted == 0 ? NoData.image(title, noRows(weather, cities)) : ChartImages.render(chart);
    }

    private static int line(
            XYChart chart,
            String name,
            Frame rows,
            String column,
            Color color,
            Marker marker,
            java.awt.BasicStroke stroke) {
        List<Date> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (FrameRow r : rows.rows()) {
            Instant t = r.getInstant("forecastdate");
            Double v = r.getDouble(column);
            if (t != null && v != null) {
                x.add(Date.from(t));
                y.add(v);
            }
        }
        if (x.isEmpty()) {
            return 0;
        }
        XYSeries s = chart.addSeries(name, x, y);
        s.setLineColor(color);
        s.setMarkerColor(color);
        s.setMarker(marker);
        s.setLineStyle(stroke);
        return 1;
    }

    private static String noRows(Frame weather, List<String> cities) {
        return weather.isEmpty()
                ? weather.name() + " is empty"
                : "no rows in " + weather.name() + " for " + String.join(", ", cities);
    }
}
