package io.kafkapipeline.datavis.schema;

import java.util.Objects;

/**
 * One column of a table.
 *
 * @param name the column name as the schema spells it (CQL identifiers of this project are lower case)
 * @param type the data-vis type; {@link ColumnType#OTHER} for types it cannot convert
 * @param cqlType the CQL type as the schema spells it, for messages (e.g. {@code list<text>})
 * @param primaryKey whether the column is part of the primary key (partition or clustering)
 */
public record Column(String name, ColumnType type, String cqlType, boolean primaryKey) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cqlType, "cqlType");
    }

    public static Column of(String name, ColumnType type) {
        return new Column(name, type, type.cqlName(), false);
    }

    public static Column key(String name, ColumnType type) {
        return new Column(name, type, type.cqlName(), true);
    }
}
