package io.kafkapipeline.cassandra;

/** One column of a table: its name (also the JSON field name of the records) and its CQL type. */
public record Column(String name, CqlType type) {}
