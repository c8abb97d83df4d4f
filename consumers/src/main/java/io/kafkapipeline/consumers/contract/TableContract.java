package io.kafkapipeline.consumers.contract;

import io.kafkapipeline.cassandra.Schema;
import io.kafkapipeline.cassandra.Table;
import io.kafkapipeline.common.contract.RecordType;
import io.kafkapipeline.common.contract.TableRecord;
import io.kafkapipeline.common.json.MalformedDataException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a record of one topic must look like, derived from two sources and nothing else: the record contract of
 * {@code common} (column names in order, which columns may be null, the strict parser) and its table in the schema
 * model of {@code cassandra} (each column's CQL type, the primary key). Construction fails when the two disagree, so
 * a change on one side cannot go unnoticed here.
 */
public final class TableContract<T extends TableRecord> {

    private final RecordType<T> type;
    private final Table table;
    private final List<Column> columns;

    /**
     * @throws IllegalArgumentException when the record's columns are not the table's, or a key column is nullable
     */
    public TableContract(RecordType<T> type, Table table) {
        List<String> names = type.columns();
        Set<String> nullable = type.nullableColumns();
        if (!Set.copyOf(names).equals(Set.copyOf(table.columnNames()))) {
            throw new IllegalArgumentException("Columns of " + type.topic() + " " + names
                    + " do not match the columns of table " + table.qualifiedName() + " " + table.columnNames());
        }
        for (String key : table.primaryKey()) {
            if (nullable.contains(key)) {
                throw new IllegalArgumentException("Key column " + key + " of " + type.topic() + " cannot be nullable");
            }
        }
        this.type = type;
        this.table = table;
        this.columns = names.stream()
                .map(n -> new Column(n, table.column(n).orElseThrow().type(), !nullable.contains(n)))
                .toList();
    }

    /** The contract of {@code type} against its table in the schema ({@link Schema#table}). */
    public static <T extends TableRecord> TableContract<T> of(RecordType<T> type) {
        return new TableContract<>(type, Schema.table(type.table()));
    }

    /** The contract's name, which is also the default topic: weather, faker or spacex. */
    public String name() {
        return type.topic();
    }

    public String table() {
        return table.name();
    }

    public RecordType<T> recordType() {
        return type;
    }

    /** The columns in the record's order. */
    public List<Column> columns() {
        return columns;
    }

    public List<String> primaryKey() {
        return table.primaryKey();
    }

    /** Column by name, in contract order. */
    public Map<String, Column> columnsByName() {
        Map<String, Column> byName = new LinkedHashMap<>();
        columns.forEach(c -> byName.put(c.name(), c));
        return byName;
    }

    /** The contract's strict parser (that of the record class). */
    public T parse(String json) throws MalformedDataException {
        return type.parse(json);
    }

    @Override
    public String toString() {
        return name();
    }
}
