package io.kafkapipeline.common.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The two shared mappers. API bodies are read leniently as trees; contract records are written
 * with ISO-8601 instants ({@code Instant.toString()}) and read strictly (unknown, missing or null
 * required fields fail).
 */
public final class Json {
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private Json() {}

    public static ObjectMapper mapper() {
        return LENIENT;
    }

    /** Parses an API body; empty, blank or invalid JSON becomes a one-line {@link MalformedDataException}. */
    public static JsonNode readTree(String body) throws MalformedDataException {
        if (body == null || body.isBlank()) {
            throw new MalformedDataException("empty body");
        }
        try {
            JsonNode node = LENIENT.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new MalformedDataException("empty body");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new MalformedDataException("invalid JSON: " + oneLine(e.getOriginalMessage()));
        }
    }

    public static String write(Object value) {
        try {
            return LENIENT.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "Cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    /** Strict read of a contract record. */
    public static <T> T readRecord(String json, Class<T> type) throws MalformedDataException {
        if (json == null || json.isBlank()) {
            throw new MalformedDataException("empty record");
        }
        try {
            return STRICT.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new MalformedDataException(type.getSimpleName() + ": " + oneLine(e.getOriginalMessage()));
        }
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").strip();
    }
}
