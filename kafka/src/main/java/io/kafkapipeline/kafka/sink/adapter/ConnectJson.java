package io.kafkapipeline.kafka.sink.adapter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;

/**
 * JSON for Connect values the engine cannot bind directly (nested structs, collections of them). Logical values
 * follow {@link ConnectValues} (ISO-8601 text; decimals as JSON numbers), bytes are base64, map keys are text.
 */
final class ConnectJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ConnectJson() {}

    static String toText(Schema schema, Object value) {
        try {
            return MAPPER.writeValueAsString(toTree(schema, value));
        } catch (JsonProcessingException e) {
            throw new DataException("Cannot write " + schema.type() + " value as JSON", e);
        }
    }

    /** The JSON tree of a value; {@code schema} may be null for schemaless values. */
    static JsonNode toTree(Schema schema, Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (schema == null) {
            return MAPPER.valueToTree(SchemalessValues.normalize(value));
        }
        if (ConnectTypes.isLogical(schema)) {
            return Decimal.LOGICAL_NAME.equals(schema.name())
                    ? NODES.numberNode((BigDecimal) value)
                    : NODES.textNode(ConnectValues.logicalToText(schema, value));
        }
        switch (schema.type()) {
            case STRUCT:
                return struct((Struct) value);
            case ARRAY:
                return array(schema.valueSchema(), (List<?>) value);
            case MAP:
                return map(schema, (Map<?, ?>) value);
            case BYTES:
                return NODES.binaryNode(value instanceof ByteBuffer ? bytes((ByteBuffer) value) : (byte[]) value);
            default:
                return MAPPER.valueToTree(value);
        }
    }

    private static ObjectNode struct(Struct struct) {
        ObjectNode node = NODES.objectNode();
        for (Field field : struct.schema().fields()) {
            node.set(field.name(), toTree(field.schema(), struct.get(field)));
        }
        return node;
    }

    private static ArrayNode array(Schema elementSchema, List<?> values) {
        ArrayNode node = NODES.arrayNode();
        values.forEach(v -> node.add(toTree(elementSchema, v)));
        return node;
    }

    private static ObjectNode map(Schema schema, Map<?, ?> values) {
        ObjectNode node = NODES.objectNode();
        values.forEach((k, v) -> node.set(keyText(schema.keySchema(), k), toTree(schema.valueSchema(), v)));
        return node;
    }

    private static String keyText(Schema keySchema, Object key) {
        JsonNode tree = toTree(keySchema, key);
        return tree.isValueNode() ? tree.asText() : tree.toString();
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] out = new byte[copy.remaining()];
        copy.get(out);
        return out;
    }
}
