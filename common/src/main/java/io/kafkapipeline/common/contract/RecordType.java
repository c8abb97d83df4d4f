package io.kafkapipeline.common.contract;

import io.kafkapipeline.common.json.Json;
import io.kafkapipeline.common.json.MalformedDataException;
import java.util.List;
import java.util.Set;

/**
 * One record contract: the record class, the topic its producer writes and the table its sink fills. Columns and
 * nullable columns come from the record class ({@link TableRecord#columns}); types and key from the schema.
 */
public record RecordType<T extends TableRecord>(String topic, String table, Class<T> type) {

    /** Column names in component order, which is also the order of the JSON fields. */
    public List<String> columns() {
        return TableRecord.columns(type);
    }

    /** Columns that may be null or absent. */
    public Set<String> nullableColumns() {
        return TableRecord.nullableColumns(type);
    }

    /** Strict read: unknown fields, missing fields and nulls in required columns fail. */
    public T parse(String json) throws MalformedDataException {
        return Json.readRecord(json, type);
    }

    @Override
    public String toString() {
        return topic + " -> " + table + " (" + type.getSimpleName() + ")";
    }
}
