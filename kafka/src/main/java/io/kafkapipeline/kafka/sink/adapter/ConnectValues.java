package io.kafkapipeline.kafka.sink.adapter;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;

/** Converts Connect values to what the engine expects for the type {@link ConnectTypes} reports. */
public final class ConnectValues {

    private ConnectValues() {}

    /**
     * The engine value of a field, header or collection element.
     *
     * @param schema its Connect schema; null for schemaless data
     */
    public static Object toEngine(Schema schema, Object value) {
        if (value == null) {
            return null;
        }
        if (schema == null) {
            return SchemalessValues.normalize(value);
        }
        if (ConnectTypes.isLogical(schema)) {
            return logicalToText(schema, value);
        }
        switch (schema.type()) {
            case STRUCT:
                return ConnectJson.toText(schema, value);
            case ARRAY:
                return ConnectTypes.isNative(schema)
                        ? list(schema.valueSchema(), (List<?>) value)
                        : ConnectJson.toText(schema, value);
            case MAP:
                return ConnectTypes.isNative(schema)
                        ? map(schema, (Map<?, ?>) value)
                        : ConnectJson.toText(schema, value);
            case BYTES:
                return value instanceof byte[] ? ByteBuffer.wrap((byte[]) value) : value;
            default:
                return value;
        }
    }

    /** The engine value of a whole record key or value: a struct stays a struct, the rest as {@link #toEngine}. */
    public static Object recordToEngine(Schema schema, Object value) {
        if (value instanceof Struct) {
            return new StructAdapter((Struct) value);
        }
        return toEngine(schema, value);
    }

    /** ISO-8601 text for Date, Time and Timestamp, plain text for Decimal. */
    static String logicalToText(Schema schema, Object value) {
        switch (schema.name()) {
            case Date.LOGICAL_NAME:
                return ((java.util.Date) value)
                        .toInstant()
                        .atOffset(ZoneOffset.UTC)
                        .toLocalDate()
                        .toString();
            case Time.LOGICAL_NAME:
                return DateTimeFormatter.ISO_LOCAL_TIME.format(
                        LocalTime.ofNanoOfDay(((java.util.Date) value).getTime() * 1_000_000L));
            case Timestamp.LOGICAL_NAME:
                return Instant.ofEpochMilli(((java.util.Date) value).getTime()).toString();
            case Decimal.LOGICAL_NAME:
                return ((BigDecimal) value).toPlainString();
            default:
                throw new IllegalArgumentException("Not a logical type: " + schema.name());
        }
    }

    private static List<Object> list(Schema elementSchema, List<?> values) {
        List<Object> out = new ArrayList<>(values.size());
        for (Object element : values) {
            out.add(toEngine(elementSchema, element));
        }
        return out;
    }

    private static Map<Object, Object> map(Schema schema, Map<?, ?> values) {
        Map<Object, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(toEngine(schema.keySchema(), k), toEngine(schema.valueSchema(), v)));
        return out;
    }
}
