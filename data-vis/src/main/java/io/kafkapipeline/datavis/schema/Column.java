package io.kafkapipeline.datavis.schema;

import io.kafkapipeline.cassandra.CqlType;
import java.util.Objects;

/**
 * One column of a table, as the driver's metadata describes it.
 *
 * @param name the column name as the schema spells it (CQL identifiers of this project are lower case)
 * @param type the column's type in the schema model, or {@code null} for a type outside it (a collection, a UDT, ...),
 *     which data-vis can read but not convert to or from CSV
 * @param cqlType the CQL type as the schema spells it, for messages (e.g. {@code list<text>})
 * @param primaryKey whether the column is part of the primary key (partition or clustering)
 */
public record Column(String name, CqlType type, String cqlType, boolean primaryKey) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cqlType, "cqlType");
    }

    public static Column of(String name, CqlType type) {
        return new Column(name, type, type.cql(), false);
    }

    public static Column key(String name, CqlType type) {
        return new Column(name, type, type.cql(), true);
    }
}
