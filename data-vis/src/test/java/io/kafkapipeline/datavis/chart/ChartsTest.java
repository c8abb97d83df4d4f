package io.kafkapipeline.datavis.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.datavis.frame.Frame;
import io.kafkapipeline.datavis.pipeline.FakerCharts;
import io.kafkapipeline.datavis.pipeline.SpacexCharts;
import io.kafkapipeline.datavis.pipeline.WeatherCharts;
import io.kafkapipeline.datavis.testing.Images;
import io.kafkapipeline.datavis.testing.SampleTables;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ChartsTest {

    private static void assertChart(BufferedImage image) {
        assertThat(image.getWidth()).isEqualTo(Charts.WIDTH);
        assertThat(image.getHeight()).isEqualTo(Charts.HEIGHT);
        assertThat(Images.colours(image)).as("a drawn chart has many colours").isGreaterThan(10);
        Images.assertPng(ChartImages.png(image));
    }

    @Test
    void weatherCharts() {
        assertChart(WeatherCharts.temperature(SampleTables.weather()));
        assertChart(WeatherCharts.humidityVsPressure(SampleTables.weather()));
        assertChart(WeatherCharts.temperature(SampleTables.weather(), List.of("Moscow")));
    }

    @Test
    void spacexCharts() {
        Frame launches = SampleTables.launches();
        assertChart(SpacexCharts.launchesPerYear(launches));
        assertChart(SpacexCharts.successRate(launches));
        assertChart(SpacexCharts.payloadMassByRocket(launches));
        assertChart(SpacexCharts.launchSites(launches));
    }

    @Test
    void fakerCharts() {
        Frame people = SampleTables.people();
        assertChart(FakerCharts.countries(people));
        assertChart(FakerCharts.jobs(people));
        assertChart(FakerCharts.birthYears(people));
    }

    @Test
    void genericCharts() {
        Frame weather = SampleTables.weather();
        assertChart(Charts.timeSeries(weather, "forecastdate", "humidity", "location", "Humidity"));
        assertChart(Charts.scatter(weather, "temp", "humidity", "location", "Temp vs humidity"));
        Map<String, Integer> bars = new LinkedHashMap<>();
        bars.put("a", 3);
        bars.put("b", 5);
        assertChart(Charts.bar("Bars", "letter", "count", bars));
        assertChart(Charts.histogram("Temps", "temp", weather.doubles("temp"), 2.5));
    }

    @Test
    void emptyTablesGiveNoDataImagesNotErrors() {
        Frame weather = SampleTables.empty(SampleTables.WEATHER);
        assertThat(Images.samePixels(
                        WeatherCharts.temperature(weather),
                        NoData.image("Temperature: Hanoi vs Ho Chi Minh City", "weatherreport is empty")))
                .isTrue();
        assertThat(Images.samePixels(
                        WeatherCharts.humidityVsPressure(SampleTables.weather(), List.of("Paris")),
                        NoData.image("Humidity vs pressure: Paris", "no rows in weatherreport for Paris")))
                .isTrue();
        Frame launches = SampleTables.empty(SampleTables.SPACEX);
        Frame people = SampleTables.empty(SampleTables.FAKER);
        for (Function<Frame, BufferedImage> chart : List.<Function<Frame, BufferedImage>>of(
                SpacexCharts::launchesPerYear,
                SpacexCharts::successRate,
                SpacexCharts::payloadMassByRocket,
                SpacexCharts::launchSites)) {
            BufferedImage image = chart.apply(launches);
            assertThat(image.getWidth()).isEqualTo(Charts.WIDTH);
            Images.assertPng(ChartImages.png(image));
        }
        assertThat(Images.samePixels(
                        FakerCharts.birthYears(people),
                        NoData.image("Fake people per birth year (5-year bins)", "no values of birth year")))
                .isTrue();
        assertThat(Images.samePixels(
                        FakerCharts.countries(people),
                        NoData.image("Fake people per country (top 15)", "no values of country in fakerdata")))
                .isTrue();
        assertThat(Images.samePixels(
                        Charts.timeSeries(weather, "forecastdate", "temp", "location", "T"),
                        NoData.image("T", "no rows with forecastdate and temp in weatherreport")))
                .isTrue();
    }

    @Test
    void histogramBinsAreLabelledByRange() {
        assertThat(Charts.binLabel(393, 5)).isEqualTo("1965–1969");
        assertThat(Charts.binLabel(4, 2.5)).isEqualTo("10–12.5");
    }
}
