package io.kafkapipeline.datavis.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.junit.LocalStackExtension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code report} through the CLI: empty tables give "no data" charts, filled tables real ones. */
@ExtendWith(LocalStackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportIT {

    private static final Path OUT = Path.of("target", "it-report").toAbsolutePath();
    private static final int CHARTS = 12;

    @Test
    @Order(1)
    void emptyTablesGiveNoDataCharts(LocalStack stack) throws IOException {
        TableFill.truncate(stack);
        Path dir = OUT.resolve("empty");
        Cli.Run run = Cli.run(stack, "report", "--out", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .isEqualTo("Wrote 12 charts and index.html to " + dir
                        + " (weatherreport: 0, spacex_launches: 0, fakerdata: 0, twitterdata: 0)"
                        + System.lineSeparator());
        for (Path png : checkFiles(dir)) {
            assertThat(TableFill.hasColour(ImageIO.read(png.toFile())))
                    .as("%s is a 'no data' image", png)
                    .isFalse();
        }
    }

    @Test
    @Order(2)
    void filledTablesGiveAChartPerNotebookChart(LocalStack stack) throws IOException {
        TableFill.fill(stack, Path.of("target", "it-data", "report").toAbsolutePath());
        Path dir = OUT.resolve("filled");
        Cli.Run run = Cli.run(stack, "report", "--out", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .isEqualTo("Wrote 12 charts and index.html to " + dir + " (weatherreport: "
                        + FixtureCsv.WEATHER_ROWS + ", spacex_launches: " + FixtureCsv.LAUNCHES + ", fakerdata: "
                        + FixtureCsv.PEOPLE + ", twitterdata: " + FixtureCsv.POSTS + ")" + System.lineSeparator());
        for (Path png : checkFiles(dir)) {
            assertThat(TableFill.hasColour(ImageIO.read(png.toFile())))
                    .as("%s shows data", png)
                    .isTrue();
        }
    }

    /** {@value #CHARTS} non-empty PNG files, each shown by index.html; returns them. */
    private static List<Path> checkFiles(Path dir) throws IOException {
        List<Path> pngs;
        try (Stream<Path> files = Files.list(dir)) {
            pngs = files.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
        assertThat(pngs).hasSize(CHARTS);
        String index = Files.readString(dir.resolve("index.html"));
        for (Path png : pngs) {
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image).as("%s is a PNG", png).isNotNull();
            assertThat(Files.size(png)).isGreaterThan(1000);
            assertThat(index).contains("<img src=\"" + png.getFileName() + "\"");
        }
        return pngs;
    }
}
