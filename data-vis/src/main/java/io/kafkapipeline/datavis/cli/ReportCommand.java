package io.kafkapipeline.datavis.cli;

import io.kafkapipeline.datavis.DataVis;
import io.kafkapipeline.datavis.pipeline.WeatherCharts;
import io.kafkapipeline.datavis.report.PipelineReport;
import io.kafkapipeline.datavis.report.Report;
import io.kafkapipeline.datavis.report.ReportWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code report [--out report/]}: the notebooks' charts as PNG files plus an index.html that shows them. */
@Command(name = "report", description = "Render the notebooks' charts to PNG files and an index.html.")
final class ReportCommand extends DataVisCommand {

    @Option(
            names = "--out",
            paramLabel = "<dir>",
            defaultValue = "report",
            description = "Folder for the PNG files and index.html (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = "--city",
            paramLabel = "<location>",
            description = "A city of the weather charts; repeat for more (default: Hanoi, Ho Chi Minh City).")
    List<String> cities = new ArrayList<>();

    @Override
    void run(DataVis dv, PrintWriter stdout) {
        List<String> chosen = cities.isEmpty() ? WeatherCharts.DEFAULT_CITIES : cities;
        Report report = PipelineReport.build(dv, "Cassandra " + cli.cassandraAddress(), chosen);
        ReportWriter.write(report, out);
        String rows = report.rowCounts().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", "));
        stdout.println("Wrote " + report.charts().size() + " charts and " + ReportWriter.INDEX + " to " + out + " ("
                + rows + ")");
    }
}
