package io.kafkapipeline.bench.data;

import java.util.List;

/**
 * One record of a benchmark: the Kafka key and JSON value the producers would send, and the same row as the column
 * values of its table (in the order of the contract's {@code COLUMNS}; the first two are the primary key).
 */
public record BenchRecord(String key, String json, List<Object> values) {}
