package io.kafkapipeline.datavis.report;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * One chart of the report.
 *
 * @param section the notebook it comes from (Weather, SpaceX, Faker)
 * @param file the PNG file name, e.g. {@code weather-temperature.png}
 * @param title the heading above it
 * @param caption how to read it
 * @param image the rendered chart
 */
public record ReportChart(String section, String file, String title, String caption, BufferedImage image) {

    public ReportChart {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(image, "image");
        if (!file.matches("[a-z0-9-]+\\.png")) {
            throw new IllegalArgumentException(
                    "report file name must be lower-case letters, digits and '-' ending" + " in .png: " + file);
        }
    }
}
