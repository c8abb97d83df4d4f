package io.kafkapipeline.datavis.cassandra;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import io.kafkapipeline.datavis.schema.Column;
import io.kafkapipeline.datavis.schema.TableSchema;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds the few statements data-vis runs. Every identifier comes from the driver's schema metadata (a
 * {@link TableSchema}) and is quoted as a CQL identifier; values are always bind markers.
 */
final class Cql {

    private Cql() {}

    /** {@code SELECT "a","b" FROM "ks"."table"}. */
    static String select(TableSchema table, List<Column> columns) {
        return "SELECT " + identifiers(columns) + " FROM " + table(table);
    }

    /** {@code INSERT INTO "ks"."table" ("a","b") VALUES (?,?)}. */
    static String insert(TableSchema table, List<Column> columns) {
        String markers = columns.stream().map(c -> "?").collect(Collectors.joining(","));
        return "INSERT INTO " + table(table) + " (" + identifiers(columns) + ") VALUES (" + markers + ")";
    }

    private static String table(TableSchema table) {
        return quote(table.keyspace()) + "." + quote(table.name());
    }

    private static String identifiers(List<Column> columns) {
        return columns.stream().map(c -> quote(c.name())).collect(Collectors.joining(","));
    }

    static String quote(String internalName) {
        return CqlIdentifier.fromInternal(internalName).asCql(false);
    }
}
