package io.kafkapipeline.spacex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kafkapipeline.common.json.Json;
import io.kafkapipeline.common.json.MalformedDataException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** The recorded Launch Library 2 bodies (replay resources and test fixtures) and edited copies of them. */
final class Ll2Bodies {
    static final String DETAILED_2_2 = "/replay/ll2/launch_upcoming_v2.2.0_detailed_2026-07-20.json";
    static final String NORMAL_2_0 = "/replay/ll2/launch_upcoming_v2.0.0_normal_2025-06.json";
    static final String NORMAL_2_2_LLDEV = "/replay/ll2/launch_upcoming_v2.2.0_normal_lldev_2023-07.json";
    static final String LIST_2_2 = "/fixtures/ll2/launch_upcoming_v2.2.0_list_2026-07-20.json";

    private Ll2Bodies() {}

    static String read(String resource) {
        try (InputStream in = Ll2Bodies.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode tree(String resource) {
        try {
            return (ObjectNode) Json.readTree(read(resource));
        } catch (MalformedDataException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The recording with its {@code next} replaced (null = last page). */
    static String withNext(String resource, String next) {
        ObjectNode page = tree(resource);
        page.put("next", next);
        return Json.write(page);
    }

    /** The recording (as the last page) with the launch of this id edited. */
    static String editLaunch(String resource, String id, Consumer<ObjectNode> edit) {
        ObjectNode page = tree(resource);
        page.putNull("next");
        boolean found = false;
        for (JsonNode launch : page.path("results")) {
            if (id.equals(launch.path("id").asText())) {
                edit.accept((ObjectNode) launch);
                found = true;
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no launch " + id + " in " + resource);
        }
        return Json.write(page);
    }

    /** The recording (as the last page) with every launch edited. */
    static String editAll(String resource, Consumer<ObjectNode> edit) {
        ObjectNode page = tree(resource);
        page.putNull("next");
        ArrayNode results = (ArrayNode) page.path("results");
        results.forEach(l -> edit.accept((ObjectNode) l));
        return Json.write(page);
    }

    /** An empty last page. */
    static String empty() {
        return "{\"count\":0,\"next\":null,\"previous\":null,\"results\":[]}";
    }
}
