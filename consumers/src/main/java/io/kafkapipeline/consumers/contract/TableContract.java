package io.kafkapipeline.consumers.contract;

import io.kafkapipeline.common.contract.TableRecord;
import io.kafkapipeline.common.json.MalformedDataException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a record of one topic must look like: the columns of its table (names from the contract class of
 * {@code common}, types from the CQL of {@code cassandra/schema}), the primary key and the contract's own strict
 * parser. Construction fails when the column types do not cover exactly the contract's columns, so a contract
 * change in {@code common} cannot go unnoticed here.
 */
public final class TableContract<T extends TableRecord> {

    /** The contract's {@code fromJson}. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(String json) throws MalformedDataException;
    }

    private final String name;
    private final String table;
    private final List<Column> columns;
    private final List<String> primaryKey;
    private final Parser<T> parser;

    /**
     * @param types    the type of every column of {@code columns}
     * @param nullable the columns that may be null or absent; every other column (and every key column) is required
     */
    public TableContract(
            String name,
            String table,
            List<String> columns,
            List<String> primaryKey,
            Map<String, ColumnType> types,
            Set<String> nullable,
            Parser<T> parser) {
        if (!types.keySet().equals(Set.copyOf(columns))) {
            throw new IllegalArgumentException("Column types of " + name + " " + types.keySet()
                    + " do not match the contract's columns " + columns);
        }
        if (!columns.containsAll(primaryKey) || !columns.containsAll(nullable)) {
            throw new IllegalArgumentException("Key or nullable columns of " + name + " are not columns");
        }
        for (String key : primaryKey) {
            if (nullable.contains(key)) {
                throw new IllegalArgumentException("Key column " + key + " of " + name + " cannot be nullable");
            }
        }
        List<Column> list = new ArrayList<>();
        for (String column : columns) {
            list.add(new Column(column, types.get(column), !nullable.contains(column)));
        }
        this.name = name;
        this.table = table;
        this.columns = List.copyOf(list);
        this.primaryKey = List.copyOf(primaryKey);
        this.parser = parser;
    }

    /** The contract's name, which is also the default topic: weather, faker or spacex. */
    public String name() {
        return name;
    }

    public String table() {
        return table;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<String> primaryKey() {
        return primaryKey;
    }

    /** Column by name, in contract order. */
    public Map<String, Column> columnsByName() {
        Map<String, Column> byName = new LinkedHashMap<>();
        columns.forEach(c -> byName.put(c.name(), c));
        return byName;
    }

    /** The contract's strict parser ({@code fromJson} of the record class). */
    public T parse(String json) throws MalformedDataException {
        return parser.parse(json);
    }

    @Override
    public String toString() {
        return name;
    }
}
