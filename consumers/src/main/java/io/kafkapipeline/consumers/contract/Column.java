package io.kafkapipeline.consumers.contract;

/** One column of a table contract: its name (= JSON field), its type and whether it may be null or absent. */
public record Column(String name, ColumnType type, boolean required) {}
