package io.kafkapipeline.spacex.ll2;

import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.common.json.Json;
import io.kafkapipeline.common.json.MalformedDataException;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of a Launch Library 2 list: {@code {"count", "next", "previous", "results": [...]}} (the same envelope in
 * 2.0.0 to 2.3.0). A page in list mode is refused as a whole: its launches have no rocket and no pad (2.2.0: every
 * result has {@code "type":"list"}; 2.3.0: {@code "response_mode":"list"}).
 */
public record Ll2Page(long count, String next, List<JsonNode> results) {

    public static Ll2Page parse(String body) throws MalformedDataException {
        JsonNode root = Json.readTree(body);
        JsonNode results = root.path("results");
        if (!root.isObject() || !results.isArray()) {
            throw new MalformedDataException("expected a Launch Library 2 page {\"count\",\"next\",\"results\":[...]}"
                    + (root.isObject() && root.path("detail").isTextual()
                            ? " (the API said: " + root.path("detail").textValue() + ")"
                            : ""));
        }
        List<JsonNode> launches = new ArrayList<>();
        results.forEach(launches::add);
        if (!launches.isEmpty() && launches.stream().allMatch(Ll2Page::listMode)) {
            throw new MalformedDataException("the page is in list mode (launches without rocket and pad);"
                    + " this producer needs mode=normal or mode=detailed");
        }
        JsonNode next = root.path("next");
        return new Ll2Page(
                root.path("count").asLong(launches.size()), next.isTextual() ? next.textValue() : null, launches);
    }

    private static boolean listMode(JsonNode launch) {
        return "list".equals(launch.path("response_mode").asText(null))
                || "list".equals(launch.path("type").asText(null));
    }
}
