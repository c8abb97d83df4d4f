package io.kafkapipeline.kafka.sink.adapter;

import com.datastax.oss.common.sink.AbstractSchema;
import java.util.Set;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;

/**
 * Which engine type a Connect schema is shown as.
 *
 * <p>The engine binds primitives, arrays and maps of primitives directly, and reads a struct only as the whole record
 * key or value. Everything else is handed over as text the engine's string codecs parse: logical types as ISO-8601
 * (Date {@code 2021-10-07}, Time {@code 04:35:32.123}, Timestamp {@code 2021-10-07T04:35:32Z}) or a plain decimal,
 * and nested structs, or collections that contain structs or logical values, as JSON (which fits text, UDT, list,
 * set and map columns).
 */
public final class ConnectTypes {

    private static final Set<String> LOGICAL_NAMES =
            Set.of(Date.LOGICAL_NAME, Time.LOGICAL_NAME, Timestamp.LOGICAL_NAME, Decimal.LOGICAL_NAME);

    private ConnectTypes() {}

    /** Whether the schema is one of Connect's logical types (Date, Time, Timestamp, Decimal). */
    public static boolean isLogical(Schema schema) {
        return schema.name() != null && LOGICAL_NAMES.contains(schema.name());
    }

    /** Whether values of this schema reach the engine as they are (recursively for arrays and maps). */
    public static boolean isNative(Schema schema) {
        if (isLogical(schema)) {
            return false;
        }
        switch (schema.type()) {
            case STRUCT:
                return false;
            case ARRAY:
                return isNative(schema.valueSchema());
            case MAP:
                return isNative(schema.keySchema()) && isNative(schema.valueSchema());
            default:
                return true;
        }
    }

    /**
     * The engine type for a schema.
     *
     * @param record true for the schema of a whole record key or value, the only place a struct stays a struct
     */
    public static AbstractSchema.Type engineType(Schema schema, boolean record) {
        if (isLogical(schema)) {
            return AbstractSchema.Type.STRING;
        }
        switch (schema.type()) {
            case STRUCT:
                return record ? AbstractSchema.Type.STRUCT : AbstractSchema.Type.STRING;
            case ARRAY:
            case MAP:
                return isNative(schema)
                        ? AbstractSchema.Type.valueOf(schema.type().name())
                        : AbstractSchema.Type.STRING;
            default:
                return AbstractSchema.Type.valueOf(schema.type().name());
        }
    }
}
