package io.kafkapipeline.datavis.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.cassandra.Schema;
import io.kafkapipeline.datavis.DataVis;
import io.kafkapipeline.datavis.pipeline.PipelineTables;
import io.kafkapipeline.stack.LocalStack;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;

/** Empties and fills the pipeline's tables on the local stack. */
final class TableFill {

    private TableFill() {}

    /** Removes every row of the three tables (test-only CQL on the stack's shared session). */
    static void truncate(LocalStack stack) {
        for (String table : PipelineTables.ALL) {
            stack.cqlSession().execute("TRUNCATE " + Schema.KEYSPACE + "." + table);
        }
    }

    /** Empties the tables, then loads the recorded data with the library's {@link DataVis#load}. */
    static void fill(LocalStack stack, Path dir) {
        truncate(stack);
        Map<String, Path> files = FixtureCsv.writeAll(dir);
        DataVis dv = DataVis.using(stack.cqlSession());
        assertThat(dv.load(PipelineTables.WEATHER, files.get(PipelineTables.WEATHER))
                        .rows())
                .isEqualTo(FixtureCsv.WEATHER_ROWS);
        assertThat(dv.load(PipelineTables.SPACEX, files.get(PipelineTables.SPACEX))
                        .rows())
                .isEqualTo(FixtureCsv.LAUNCHES);
        assertThat(dv.load(PipelineTables.FAKER, files.get(PipelineTables.FAKER))
                        .rows())
                .isEqualTo(FixtureCsv.PEOPLE);
    }

    /** Whether any pixel has a colour (the "no data" image is white and greys only; every chart has a series). */
    static boolean hasColour(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (Math.abs(r - g) > 24 || Math.abs(g - b) > 24) {
                    return true;
                }
            }
        }
        return false;
    }
}
