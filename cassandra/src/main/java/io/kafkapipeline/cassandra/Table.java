package io.kafkapipeline.cassandra;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One table of the schema, as {@code cassandra/schema/*.cql} declares it: columns in declaration order, partition key
 * and clustering columns. Obtained from {@link Schema#table(String)} or {@link Schema#tables()}.
 */
public record Table(
        String keyspace, String name, List<Column> columns, List<String> partitionKey, List<String> clusteringColumns) {

    public Table {
        columns = List.copyOf(columns);
        partitionKey = List.copyOf(partitionKey);
        clusteringColumns = List.copyOf(clusteringColumns);
        if (partitionKey.isEmpty()) {
            throw new IllegalArgumentException("Table " + keyspace + "." + name + " has no primary key");
        }
        List<String> names = columns.stream().map(Column::name).toList();
        for (String key : primaryKeyOf(partitionKey, clusteringColumns)) {
            if (!names.contains(key)) {
                throw new IllegalArgumentException(
                        "Primary key column '" + key + "' of " + keyspace + "." + name + " is not a column");
            }
        }
    }

    /** {@code keyspace.name}. */
    public String qualifiedName() {
        return keyspace + "." + name;
    }

    /** Column names in declaration order. */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** Partition key columns, then clustering columns. */
    public List<String> primaryKey() {
        return primaryKeyOf(partitionKey, clusteringColumns);
    }

    public boolean isPrimaryKey(String column) {
        return partitionKey.contains(column) || clusteringColumns.contains(column);
    }

    public Optional<Column> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private static List<String> primaryKeyOf(List<String> partitionKey, List<String> clusteringColumns) {
        List<String> key = new ArrayList<>(partitionKey);
        key.addAll(clusteringColumns);
        return List.copyOf(key);
    }
}
