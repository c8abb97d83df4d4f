package io.kafkapipeline.datavis.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import io.kafkapipeline.datavis.csv.CsvWriter;
import io.kafkapipeline.datavis.schema.Column;
import io.kafkapipeline.datavis.schema.CsvValues;
import io.kafkapipeline.datavis.schema.TableSchema;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a whole table as CSV: a header of every column in schema order, then one line per row, each value as
 * {@link io.kafkapipeline.datavis.schema.CsvValues#format} writes it, so that loading the file gives the same rows.
 */
public final class TableExporter {

    private static final Logger log = LoggerFactory.getLogger(TableExporter.class);

    private final TableReader reader;

    public TableExporter(CqlSession session) {
        this.reader = new TableReader(session);
    }

    /** Streams {@code table} to {@code out} (not closed); returns the number of rows. */
    public long export(TableSchema table, Writer out) {
        table.requireConvertible();
        List<Column> columns = table.columns();
        CsvWriter csv = new CsvWriter(out);
        csv.write(table.columnNames());
        long rows = reader.forEachRow(table, columns, values -> {
            List<String> fields = new ArrayList<>(values.length);
            for (int i = 0; i < values.length; i++) {
                fields.add(CsvValues.format(columns.get(i).type(), values[i]));
            }
            csv.write(fields);
        });
        csv.flush();
        log.debug("Exported {} rows of {}", rows, table.qualifiedName());
        return rows;
    }
}
