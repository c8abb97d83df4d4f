package io.kafkapipeline.datavis.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.datavis.pipeline.WeatherCharts;
import io.kafkapipeline.datavis.testing.Images;
import io.kafkapipeline.datavis.testing.SampleTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesAPngPerChartAndAnIndexThatShowsThemAll() throws IOException {
        Report report = PipelineReport.build(
                SampleTables.weather(),
                SampleTables.launches(),
                SampleTables.people(),
                "Cassandra 127.0.0.1:9042",
                WeatherCharts.DEFAULT_CITIES);
        List<Path> files = ReportWriter.write(report, dir.resolve("report"));

        assertThat(files).hasSize(10);
        assertThat(files.get(9).getFileName().toString()).isEqualTo("index.html");
        String index = Files.readString(dir.resolve("report/index.html"));
        for (ReportChart chart : report.charts()) {
            Path png = dir.resolve("report").resolve(chart.file());
            Images.assertPng(Files.readAllBytes(png));
            assertThat(index).contains("<img src=\"" + chart.file() + "\"");
        }
        assertThat(report.charts()).extracting(ReportChart::section).containsSubsequence("Weather", "SpaceX", "Faker");
        assertThat(index)
                .contains(
                        "<h2 id=\"weather\">Weather</h2>",
                        "<h2 id=\"spacex\">SpaceX</h2>",
                        "<h2 id=\"faker\">Faker</h2>",
                        "<td>weatherreport</td><td>7</td>",
                        "<td>spacex_launches</td><td>7</td>",
                        "<td>fakerdata</td><td>6</td>");
    }

    @Test
    void emptyTablesStillGiveEveryChart() throws IOException {
        Report report = PipelineReport.build(
                SampleTables.empty(SampleTables.WEATHER),
                SampleTables.empty(SampleTables.SPACEX),
                SampleTables.empty(SampleTables.FAKER),
                "test",
                WeatherCharts.DEFAULT_CITIES);
        List<Path> files = ReportWriter.write(report, dir);
        assertThat(files).hasSize(10);
        for (Path f : files.subList(0, 9)) {
            Images.assertPng(Files.readAllBytes(f));
        }
    }

    @Test
    void indexEscapesText() {
        assertThat(IndexPage.escape("<a href=\"x\">Tom & Jerry's</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
    }
}
