package io.kafkapipeline.datavis.load;

import io.kafkapipeline.datavis.DataVisException;
import io.kafkapipeline.datavis.UnknownColumnException;
import io.kafkapipeline.datavis.ValueParseException;
import io.kafkapipeline.datavis.csv.CsvReader;
import io.kafkapipeline.datavis.csv.CsvRecord;
import io.kafkapipeline.datavis.schema.Column;
import io.kafkapipeline.datavis.schema.CsvValues;
import io.kafkapipeline.datavis.schema.TableSchema;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a CSV file against a table and converts every value to its column's type, before anything is written: the
 * header must name real columns of the table, each at most once, including every primary key column; each record
 * must have as many fields as the header; each value must parse as its column's CQL type. The first problem fails
 * the whole file with a message naming the file, the line and the column.
 *
 * <p>An empty field means null (the column is left unset), except in a primary key column, where it is an error;
 * a quoted empty field ({@code ""}) is the empty string.
 */
public final class CsvTableParser {

    private static final Logger log = LoggerFactory.getLogger(CsvTableParser.class);

    private final TableSchema table;

    public CsvTableParser(TableSchema table) {
        this.table = table;
    }

    public ParsedCsv parse(Reader in, String source) {
        CsvReader reader = new CsvReader(in, source);
        CsvRecord header = reader.next();
        if (header == null) {
            throw new DataVisException(source + " is empty; expected a header line with columns of " + table.name()
                    + " (" + String.join(", ", table.columnNames()) + ")");
        }
        List<Column> columns = columns(header, source);
        List<ParsedRow> rows = new ArrayList<>();
        for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
            rows.add(convert(record, columns, source));
            if (log.isTraceEnabled()) {
                log.trace("{} {}", source, rows.get(rows.size() - 1));
            }
        }
        log.debug("{}: {} rows for {}", source, rows.size(), table.qualifiedName());
        return new ParsedCsv(source, table, columns, rows);
    }

    private List<Column> columns(CsvRecord header, String source) {
        List<Column> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : header.fields()) {
            String name = raw.strip();
            Column column = table.find(name)
                    .orElseThrow(() ->
                            new UnknownColumnException(source + " header: ", name, table.name(), table.columnNames()));
            if (!seen.add(name)) {
                throw new DataVisException(source + " header: column '" + name + "' appears twice");
            }
            columns.add(column);
        }
        for (Column key : table.primaryKey()) {
            if (!seen.contains(key.name())) {
                throw new DataVisException(
                        source + " header: primary key column '" + key.name() + "' of " + table.name() + " is missing");
            }
        }
        table.requireConvertible();
        return columns;
    }

    private static ParsedRow convert(CsvRecord record, List<Column> columns, String source) {
        if (record.size() != columns.size()) {
            throw new DataVisException(source + " line " + record.line() + ": " + record.size() + " fields, but the"
                    + " header has " + columns.size());
        }
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            Column column = columns.get(i);
            String text = record.get(i);
            if (column.primaryKey() && (text == null || text.isEmpty())) {
                throw new ValueParseException(
                        source, record.line(), column.name(), "empty, but it is part of the primary key");
            }
            if (text == null || (text.isEmpty() && !CsvValues.isText(column.type()))) {
                continue;
            }
            try {
                values[i] = CsvValues.parse(column.type(), text);
            } catch (IllegalArgumentException e) {
                throw new ValueParseException(source, record.line(), column.name(), e.getMessage());
            }
        }
        return new ParsedRow(record.line(), values);
    }
}
