package io.kafkapipeline.kafka.sink.adapter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Struct;

/**
 * Schemaless values (JsonConverter with {@code schemas.enable=false} gives maps, lists, strings, numbers, booleans).
 * The engine writes a map as JSON and parses it back, so anything Jackson would not write as plain JSON is made
 * plain here: structs become JSON trees, dates ISO-8601 instants, map keys text.
 */
final class SchemalessValues {

    private SchemalessValues() {}

    static Object normalize(Object value) {
        if (value instanceof Map) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<?, ?>) value).forEach((k, v) -> out.put(String.valueOf(k), normalize(v)));
            return out;
        }
        if (value instanceof Collection) {
            List<Object> out = new ArrayList<>();
            ((Collection<?>) value).forEach(v -> out.add(normalize(v)));
            return out;
        }
        if (value instanceof Struct) {
            Struct struct = (Struct) value;
            return ConnectJson.toTree(struct.schema(), struct);
        }
        if (value instanceof java.util.Date) {
            return Instant.ofEpochMilli(((java.util.Date) value).getTime()).toString();
        }
        return value;
    }
}
