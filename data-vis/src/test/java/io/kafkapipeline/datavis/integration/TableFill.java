package io.kafkapipeline.datavis.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.cassandra.Schema;
import io.kafkapipeline.datavis.DataVis;
import io.kafkapipeline.datavis.pipeline.PipelineTables;
import io.kafkapipeline.datavis.testing.Images;
import io.kafkapipeline.stack.LocalStack;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;

/** Empties and fills the pipeline's tables on the local stack. */
final class TableFill {

    private TableFill() {}

    /** Removes every row of every table of the schema (test-only CQL on the stack's shared session). */
    static void truncate(LocalStack stack) {
        for (String table : PipelineTables.ALL) {
            stack.cqlSession().execute("TRUNCATE " + Schema.table(table).qualifiedName());
        }
    }

    /** Empties the tables, then loads each with the recorded data through the library's {@link DataVis#load}. */
    static void fill(LocalStack stack, Path dir) {
        truncate(stack);
        Map<String, Path> files = FixtureCsv.writeAll(dir);
        DataVis dv = DataVis.using(stack.cqlSession());
        for (String table : PipelineTables.ALL) {
            assertThat(files).as("a CSV file of every table").containsKey(table);
            assertThat(dv.load(table, files.get(table)).rows())
                    .as(table)
                    .isEqualTo(FixtureCsv.ROWS.get(table).longValue());
        }
    }

    /** Whether any pixel has a colour (the "no data" image is white and greys only; every chart has a series). */
    static boolean hasColour(BufferedImage image) {
        return Images.saturatedPixels(image, 24) > 0;
    }
}
