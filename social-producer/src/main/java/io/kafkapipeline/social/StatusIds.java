package io.kafkapipeline.social;

import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.common.json.MalformedDataException;
import java.util.Comparator;

/**
 * Status ids: 64-bit snowflakes sent as strings (old servers: JSON numbers), compared as numbers ({@code "99"} is
 * older than {@code "100"}), never as doubles.
 */
final class StatusIds {

    /** Orders decimal id strings by value. */
    static final Comparator<String> BY_VALUE =
            Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

    private StatusIds() {}

    /** The id of a status (text or integral number), as a decimal string. */
    static String of(JsonNode status, String path) throws MalformedDataException {
        JsonNode id = status.path("id");
        String text;
        if (id.isTextual()) {
            text = id.textValue().strip();
        } else if (id.isIntegralNumber()) {
            text = id.bigIntegerValue().toString();
        } else {
            throw new MalformedDataException("expected an id at " + path + "id ("
                    + (id.isMissingNode()
                            ? "missing"
                            : "found " + id.getNodeType().name().toLowerCase()) + ")");
        }
        if (!text.matches("[0-9]{1,40}")) {
            throw new MalformedDataException("expected a numeric id at " + path + "id, found '" + text + "'");
        }
        return text.replaceFirst("^0+(?=.)", "");
    }

    static String newer(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return BY_VALUE.compare(a, b) >= 0 ? a : b;
    }
}
