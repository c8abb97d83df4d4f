package io.kafkapipeline.datavis.chart;

import io.kafkapipeline.datavis.DataVisException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Chart images: render an XChart chart, encode an image as PNG. */
public final class ChartImages {

    private ChartImages() {}

    /** Renders {@code chart} at its own size. */
    public static BufferedImage render(Chart<?, ?> chart) {
        return BitmapEncoder.getBufferedImage(chart);
    }

    /** PNG bytes of {@code image}. */
    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new DataVisException("no PNG writer for image type " + image.getType());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Couldn't encode a PNG", e);
        }
        return out.toByteArray();
    }

    /** Writes {@code image} as a PNG file (parent folders are created). */
    public static Path writePng(BufferedImage image, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, png(image));
            return file;
        } catch (IOException e) {
            throw new DataVisException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
