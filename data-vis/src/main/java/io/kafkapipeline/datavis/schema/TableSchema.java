package io.kafkapipeline.datavis.schema;

import io.kafkapipeline.datavis.DataVisException;
import io.kafkapipeline.datavis.UnknownColumnException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The columns of one table, in the schema's order (partition key, clustering columns, then the rest). */
public final class TableSchema {

    private final String keyspace;
    private final String name;
    private final List<Column> columns;
    private final Map<String, Column> byName = new LinkedHashMap<>();

    public TableSchema(String keyspace, String name, List<Column> columns) {
        this.keyspace = Objects.requireNonNull(keyspace, "keyspace");
        this.name = Objects.requireNonNull(name, "name");
        this.columns = List.copyOf(columns);
        for (Column c : this.columns) {
            if (byName.put(c.name(), c) != null) {
                throw new IllegalArgumentException("duplicate column '" + c.name() + "' in " + name);
            }
        }
    }

    public String keyspace() {
        return keyspace;
    }

    public String name() {
        return name;
    }

    /** {@code keyspace.table}. */
    public String qualifiedName() {
        return keyspace + "." + name;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<String> columnNames() {
        return List.copyOf(byName.keySet());
    }

    public List<Column> primaryKey() {
        return columns.stream().filter(Column::primaryKey).toList();
    }

    public Optional<Column> find(String column) {
        return Optional.ofNullable(byName.get(column));
    }

    /** The column named {@code column}, or an {@link UnknownColumnException} that lists the real ones. */
    public Column column(String column) {
        Column c = byName.get(column);
        if (c == null) {
            throw new UnknownColumnException("", column, name, byName.keySet());
        }
        return c;
    }

    /** Fails unless every column can be converted to and from CSV text. */
    public void requireConvertible() {
        for (Column c : columns) {
            if (c.type() == null) {
                throw new DataVisException("column '" + c.name() + "' of " + name + " has CQL type " + c.cqlType()
                        + ", which data-vis cannot convert to or from CSV");
            }
        }
    }

    @Override
    public String toString() {
        return qualifiedName() + columnNames();
    }
}
