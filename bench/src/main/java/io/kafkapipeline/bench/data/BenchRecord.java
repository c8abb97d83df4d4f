package io.kafkapipeline.bench.data;

import io.kafkapipeline.common.contract.TableRecord;
import java.util.List;

/**
 * One record of a benchmark: the Kafka key and JSON value the producers would send, and the same row as the column
 * values of its table (in column order, {@link TableRecord#columnValues}).
 */
public record BenchRecord(String key, String json, List<Object> values) {

    public static BenchRecord of(TableRecord record) {
        return new BenchRecord(record.key(), record.toJson(), record.columnValues());
    }
}
