package io.kafkapipeline.kafka.sink.adapter;

import com.datastax.oss.common.sink.record.KeyOrValue;
import com.datastax.oss.common.sink.record.RecordMetadata;
import com.datastax.oss.driver.api.core.type.reflect.GenericType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.connect.errors.DataException;

/**
 * A schemaless record value ({@code java.util.Map}, as {@code JsonConverter} gives it) as the engine's JSON data,
 * without the engine's round trip: the engine writes such a map as JSON text and parses the whole text back into a
 * map of {@link JsonNode}s for every record. Here each field becomes, when the mapping first asks for it, the very
 * node that round trip would have produced (strings, booleans and integers directly; decimals and nested values
 * through the engine's own parser settings), so the codecs see the same input.
 */
public final class JsonMapData implements KeyOrValue {

    /** The engine's field name for the whole value as JSON text. */
    static final String SELF = "__self";

    /** Configured as the engine's parser ({@code MetadataCreator}): floating point numbers as BigDecimal. */
    static final ObjectMapper ENGINE_MAPPER =
            new ObjectMapper().configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);

    private static final ObjectReader ENGINE_READER = ENGINE_MAPPER.reader();

    /** The engine's metadata of JSON data: the whole value is text, every field a {@link JsonNode}. */
    public static final RecordMetadata METADATA =
            (field, cqlType) -> SELF.equals(field) ? GenericType.STRING : GenericType.of(JsonNode.class);

    private final Map<?, ?> map;
    private Set<String> fields;

    private JsonMapData(Map<?, ?> map) {
        this.map = map;
    }

    /** The map as engine data, or null when a key is not text (then only the engine's own path gives its result). */
    public static JsonMapData of(Map<?, ?> map) {
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                return null;
            }
        }
        return new JsonMapData(map);
    }

    @Override
    public Set<String> fields() {
        if (fields == null) {
            Set<String> names = new HashSet<>(map.size() * 2);
            for (Object key : map.keySet()) {
                names.add((String) key);
            }
            names.add(SELF);
            fields = names;
        }
        return fields;
    }

    @Override
    public Object getFieldValue(String field) {
        if (SELF.equals(field)) {
            return toJson(map);
        }
        if (!map.containsKey(field)) {
            return null;
        }
        return node(map.get(field));
    }

    /** The node the engine's parser gives for this value inside a JSON object. */
    static JsonNode node(Object value) {
        if (value == null) {
            return NullNode.getInstance();
        }
        if (value instanceof String) {
            return TextNode.valueOf((String) value);
        }
        if (value instanceof Boolean) {
            return BooleanNode.valueOf((Boolean) value);
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return IntNode.valueOf(((Number) value).intValue());
        }
        if (value instanceof Long) {
            long v = (Long) value;
            return v == (int) v ? IntNode.valueOf((int) v) : LongNode.valueOf(v);
        }
        // Floating point numbers become BigDecimal nodes (trailing zeros as the parser treats them): the parser's own
        // result for the very text the engine's writer gives them (Double.toString / Float.toString when finite),
        // remembered per value, since measurements repeat.
        if ((value instanceof Double && Double.isFinite((Double) value))
                || (value instanceof Float && Float.isFinite((Float) value))) {
            return DECIMALS.node(value);
        }
        if (value instanceof BigDecimal || value instanceof BigInteger) {
            return parse(value.toString());
        }
        // Nested maps and lists, dates, non-finite numbers: the parser's result for the text the engine would write.
        return parse(toJson(value));
    }

    private static final DecimalNodes DECIMALS = new DecimalNodes();

    /** Nodes of floating point values, by value; cleared when full (a pure function memoised, shared by tasks). */
    private static final class DecimalNodes {
        private static final int MAX = 8_192;
        private final Map<Object, JsonNode> nodes = new ConcurrentHashMap<>();

        JsonNode node(Object value) {
            JsonNode node = nodes.get(value);
            if (node == null) {
                node = parse(value.toString());
                if (nodes.size() >= MAX) {
                    nodes.clear();
                }
                nodes.put(value, node);
            }
            return node;
        }
    }

    private static String toJson(Object value) {
        try {
            return ENGINE_MAPPER.writeValueAsString(SchemalessValues.normalize(value));
        } catch (JsonProcessingException e) {
            throw new DataException("Cannot write the record value as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return ENGINE_READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
