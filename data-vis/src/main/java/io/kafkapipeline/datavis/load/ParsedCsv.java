package io.kafkapipeline.datavis.load;

import io.kafkapipeline.datavis.schema.Column;
import io.kafkapipeline.datavis.schema.TableSchema;
import java.util.List;

/**
 * A whole CSV file checked against a table: the columns of its header (in header order) and every record converted.
 *
 * @param source the file name, for messages
 * @param table the table it was checked against
 * @param columns the header's columns, each a real column of {@code table}
 * @param rows the records, in file order
 */
public record ParsedCsv(String source, TableSchema table, List<Column> columns, List<ParsedRow> rows) {

    public ParsedCsv {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
