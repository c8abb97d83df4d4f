package io.kafkapipeline.kafka.sink.adapter;

import com.datastax.oss.common.sink.metadata.InnerDataAndMetadata;
import com.datastax.oss.common.sink.metadata.MetadataCreator;
import com.datastax.oss.common.sink.record.KeyOrValue;
import com.datastax.oss.common.sink.record.RawData;
import com.datastax.oss.common.sink.record.RecordMetadata;
import java.io.IOException;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;

/**
 * A record key or value as the engine's data and metadata: what the engine's {@code MetadataCreator} makes of the
 * adapted value ({@link ConnectValues#recordToEngine}), with two shortcuts that give the same result for less work:
 *
 * <ul>
 *   <li>a schemaless JSON object ({@code Map}) becomes {@link JsonMapData} instead of JSON text parsed back;
 *   <li>text that cannot be a JSON object (a plain string key such as {@code name|address}) becomes raw data at
 *       once; the engine would first try to parse it as JSON and build a parse exception for every record.
 * </ul>
 *
 * @param data the fields
 * @param metadata the Java type of each field, which picks the codec
 */
public record EngineData(KeyOrValue data, RecordMetadata metadata) {

    /** @param schema the Connect schema of the key or value, null when schemaless */
    public static EngineData of(Schema schema, Object value) throws IOException {
        if (schema == null && value instanceof Map) {
            JsonMapData map = JsonMapData.of((Map<?, ?>) value);
            if (map != null) {
                return new EngineData(map, JsonMapData.METADATA);
            }
        }
        Object engineValue = ConnectValues.recordToEngine(schema, value);
        if (engineValue instanceof String && !mayBeJsonObject((String) engineValue)) {
            RawData raw = new RawData(engineValue);
            return new EngineData(raw, raw);
        }
        InnerDataAndMetadata meta = MetadataCreator.makeMeta(engineValue);
        return new EngineData(meta.getInnerData(), meta.getInnerMetadata());
    }

    /**
     * False when the engine's parser cannot read the text as a JSON object (or as nothing at all): the text is not
     * blank and starts, without leading white space, with something other than an object, an array, a JSON string
     * or {@code null}. For those texts the engine falls back to raw data.
     */
    static boolean mayBeJsonObject(String text) {
        if (text.isEmpty() || Character.isWhitespace(text.charAt(0))) {
            return true;
        }
        char first = text.charAt(0);
        return first == '{' || first == '[' || first == '"' || text.startsWith("null");
    }
}
