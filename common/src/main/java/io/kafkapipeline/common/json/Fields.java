package io.kafkapipeline.common.json;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Typed reads from an API tree by dotted path ({@code "main.temp"}, {@code "weather.0.description"}).
 * Required reads throw {@link MalformedDataException} naming the path; nullable reads return null
 * for a missing or JSON-null value. Integer-valued numbers ({@code 12}) read fine as doubles.
 */
public final class Fields {
    private Fields() {}

    public static JsonNode at(JsonNode root, String path) {
        return root.at("/" + path.replace('.', '/'));
    }

    public static String text(JsonNode root, String path) throws MalformedDataException {
        JsonNode node = at(root, path);
        if (!node.isTextual()) {
            throw missing("text", path, node);
        }
        return node.textValue();
    }

    public static double number(JsonNode root, String path) throws MalformedDataException {
        JsonNode node = at(root, path);
        if (!node.isNumber()) {
            throw missing("number", path, node);
        }
        return node.doubleValue();
    }

    public static int integer(JsonNode root, String path) throws MalformedDataException {
        JsonNode node = at(root, path);
        if (!node.isNumber() || !node.canConvertToInt()) {
            throw missing("integer", path, node);
        }
        return (int) Math.round(node.doubleValue());
    }

    public static long integral(JsonNode root, String path) throws MalformedDataException {
        JsonNode node = at(root, path);
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw missing("integer", path, node);
        }
        return node.longValue();
    }

    public static String nullableText(JsonNode root, String path) throws MalformedDataException {
        JsonNode node = at(root, path);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw missing("text or null", path, node);
        }
        return node.textValue();
    }

    public static Double nullableNumber(JsonNode root, String path) throws MalformedDataException {
        JsonNode node = at(root, path);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            throw missing("number or null", path, node);
        }
        return node.doubleValue();
    }

    public static Boolean nullableBoolean(JsonNode root, String path) throws MalformedDataException {
        JsonNode node = at(root, path);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            throw missing("boolean or null", path, node);
        }
        return node.booleanValue();
    }

    private static MalformedDataException missing(String expected, String path, JsonNode found) {
        String what = found.isMissingNode()
                ? "missing"
                : "found " + found.getNodeType().name().toLowerCase();
        return new MalformedDataException("expected " + expected + " at " + path + " (" + what + ")");
    }
}
