package io.kafkapipeline.datavis.report;

import io.kafkapipeline.datavis.DataVis;
import io.kafkapipeline.datavis.frame.Frame;
import io.kafkapipeline.datavis.pipeline.FakerCharts;
import io.kafkapipeline.datavis.pipeline.PipelineTables;
import io.kafkapipeline.datavis.pipeline.SpacexCharts;
import io.kafkapipeline.datavis.pipeline.TwitterCharts;
import io.kafkapipeline.datavis.pipeline.WeatherCharts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the report: the same charts as the notebooks, from one read of each table. */
public final class PipelineReport {

    private static final Logger log = LoggerFactory.getLogger(PipelineReport.class);

    private PipelineReport() {}

    /** Reads the four tables and charts them. */
    public static Report build(DataVis dv, String source, List<String> cities) {
        Frame weather = dv.read(PipelineTables.WEATHER);
        Frame launches = dv.read(PipelineTables.SPACEX);
        Frame people = dv.read(PipelineTables.FAKER);
        Frame posts = dv.read(PipelineTables.TWITTER);
        return withPosts(build(weather, launches, people, source, cities), posts);
    }

    /** Charts frames read earlier (or made by hand). */
    public static Report build(Frame weather, Frame launches, Frame people, String source, List<String> cities) {
        log.info("Charting {} weather rows, {} launches, {} people", weather.size(), launches.size(), people.size());
        Map<String, Integer> rows = new LinkedHashMap<>();
        rows.put(PipelineTables.WEATHER, weather.size());
        rows.put(PipelineTables.SPACEX, launches.size());
        rows.put(PipelineTables.FAKER, people.size());
        List<ReportChart> charts = new ArrayList<>();
        charts.addAll(chartsOf(PipelineTables.WEATHER, weather, cities));
        charts.addAll(chartsOf(PipelineTables.SPACEX, launches));
        charts.addAll(chartsOf(PipelineTables.FAKER, people));
        return new Report(Instant.now(), source, rows, charts);
    }

    /** The charts of one table (the web console shows them per table); none for a table without charts. */
    public static List<ReportChart> chartsOf(String table, Frame frame) {
        return chartsOf(table, frame, WeatherCharts.DEFAULT_CITIES);
    }

    /** The same, with the cities the weather charts compare. */
    public static List<ReportChart> chartsOf(String table, Frame frame, List<String> cities) {
        if (table.equals(PipelineTables.WEATHER)) {
            return weather(frame, cities);
        } else if (table.equals(PipelineTables.SPACEX)) {
            return spacex(frame);
        } else if (table.equals(PipelineTables.FAKER)) {
            return faker(frame);
        }
        return List.of();
    }

    private static List<ReportChart> weather(Frame weather, List<String> cities) {
        String cityList = String.join(" and ", cities);
        return List.of(
                new ReportChart(
                        "Weather",
                        "weather-temperature.png",
                        "Temperature over time",
                        "Solid line: temp of each observation of " + cityList + ". Dashed lines with triangles:"
                                + " temp_min and temp_max, which OpenWeatherMap gives for the same moment (the"
                                + " spread across the city's stations, not the day's low and high).",
                        WeatherCharts.temperature(weather, cities)),
                new ReportChart(
                        "Weather",
                        "weather-humidity-pressure.png",
                        "Humidity vs pressure",
                        "One point per observation, a colour per city.",
                        WeatherCharts.humidityVsPressure(weather, cities)));
    }

    private static List<ReportChart> spacex(Frame launches) {
        return List.of(
                new ReportChart(
                        "SpaceX",
                        "spacex-launches-per-year.png",
                        "Launches per year",
                        "Bars stacked by outcome; launches without an outcome are upcoming (or, once, unknown).",
                        SpacexCharts.launchesPerYear(launches)),
                new ReportChart(
                        "SpaceX",
                        "spacex-success-rate.png",
                        "Success rate",
                        "Share of successful launches among those with a known outcome, per year.",
                        SpacexCharts.successRate(launches)),
                new ReportChart(
                        "SpaceX",
                        "spacex-payload-mass.png",
                        "Payload mass by rocket",
                        "Box plot of the first payload's mass per rocket (launch count in brackets); launches"
                                + " whose payload mass is unknown are left out.",
                        SpacexCharts.payloadMassByRocket(launches)),
                new ReportChart(
                        "SpaceX",
                        "spacex-launch-sites.png",
                        "Launch sites",
                        "Launches per launch site.",
                        SpacexCharts.launchSites(launches)));
    }

    private static List<ReportChart> faker(Frame people) {
        return List.of(
                new ReportChart(
                        "Faker",
                        "faker-countries.png",
                        "Countries",
                        "The most frequent countries of the generated people.",
                        FakerCharts.countries(people)),
                new ReportChart(
                        "Faker",
                        "faker-jobs.png",
                        "Jobs",
                        "The most frequent jobs of the generated people.",
                        FakerCharts.jobs(people)),
                new ReportChart(
                        "Faker",
                        "faker-birth-years.png",
                        "Birth years",
                        "Birth years from date_of_birth, in five-year bins.",
                        FakerCharts.birthYears(people)));
    }

    /** The report with the charts of {@code twitterdata} (the sentiment of public posts) added as a section. */
    public static Report withPosts(Report report, Frame posts) {
        log.info("Charting {} classified posts", posts.size());
        Map<String, Integer> rows = new LinkedHashMap<>(report.rowCounts());
        rows.put(PipelineTables.TWITTER, posts.size());
        List<ReportChart> charts = new ArrayList<>(report.charts());
        charts.add(new ReportChart(
                "Sentiment",
                "twitter-sentiment-over-time.png",
                "Sentiment over time",
                "Share of posts the classifier labelled Positive, per time bucket, a line per place they were read"
                        + " (instance and tag).",
                TwitterCharts.sentimentOverTime(posts)));
        charts.add(new ReportChart(
                "Sentiment",
                "twitter-share-positive.png",
                "Share positive",
                "Share of Positive posts per location over all its rows (post count in brackets).",
                TwitterCharts.sharePositive(posts)));
        charts.add(new ReportChart(
                "Sentiment",
                "twitter-volume.png",
                "Volume",
                "Classified posts per time bucket and location (posts in other languages than English are not"
                        + " classified and not counted).",
                TwitterCharts.volume(posts)));
        return new Report(report.generatedAt(), report.source(), rows, charts);
    }
}
