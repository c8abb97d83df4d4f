package io.kafkapipeline.consumers.contract;

import io.kafkapipeline.cassandra.CqlType;

/**
 * One column of a table contract: its name (= JSON field), its CQL type from the schema, and whether the record
 * requires it (a column whose record component is not {@code @Nullable}).
 */
public record Column(String name, CqlType type, boolean required) {}
