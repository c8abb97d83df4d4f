package io.kafkapipeline.datavis.report;

import io.kafkapipeline.datavis.DataVisException;
import io.kafkapipeline.datavis.chart.ChartImages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes a {@link Report} into a folder: one PNG per chart and an {@code index.html} that shows them. */
public final class ReportWriter {

    private static final Logger log = LoggerFactory.getLogger(ReportWriter.class);
    public static final String INDEX = "index.html";

    private ReportWriter() {}

    /** Writes the files (replacing earlier ones of the same names); returns them, index.html last. */
    public static List<Path> write(Report report, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new DataVisException("cannot create report folder " + dir + ": " + e.getMessage(), e);
        }
        List<Path> files = new ArrayList<>();
        for (ReportChart chart : report.charts()) {
            files.add(ChartImages.writePng(chart.image(), dir.resolve(chart.file())));
        }
        Path index = dir.resolve(INDEX);
        try {
            Files.writeString(index, IndexPage.render(report), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataVisException("cannot write " + index + ": " + e.getMessage(), e);
        }
        files.add(index);
        log.info("Wrote {} charts and {} to {}", report.charts().size(), INDEX, dir);
        return files;
    }
}
