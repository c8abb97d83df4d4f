package io.kafkapipeline.spacex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.kafkapipeline.common.json.Json;
import io.kafkapipeline.common.json.MalformedDataException;
import io.kafkapipeline.common.source.BodySource;
import io.kafkapipeline.common.source.SourceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Serves the bundled September 2022 v4 dumps (src/main/resources/replay/spacex) for the same paths
 * as the live API. The data does not change, so after the first poll nothing is re-sent.
 */
public final class ReplaySpacexSource implements BodySource {
    static final String FOLDER = "/replay/spacex/";
    static final String ALL_LAUNCHES = "launches_v4_all_193_2022-09.json";

    private static final Map<String, String> FILES = Map.of(
            Launches.ALL.path(),
            ALL_LAUNCHES,
            Launches.UPCOMING.path(),
            "upcoming_v4_subset_2022-09.json",
            Launches.ROCKETS,
            "rockets_v4_all_4.json",
            Launches.LAUNCHPADS,
            "launchpads_v4_all_6_2022-09.json",
            Launches.PAYLOADS,
            "payloads_v4_all_225.json");

    @Override
    public String fetch(String path) throws SourceException {
        if (path.equals(Launches.PAST.path())) {
            return pastLaunches();
        }
        String file = FILES.get(path);
        if (file == null) {
            throw new SourceException(404, "replay has no recording for " + path);
        }
        return read(file);
    }

    private static String pastLaunches() {
        try {
            ArrayNode past = Json.mapper().createArrayNode();
            for (JsonNode launch : Json.readTree(read(ALL_LAUNCHES))) {
                if (!launch.path("upcoming").asBoolean(false)) {
                    past.add(launch);
                }
            }
            return Json.write(past);
        } catch (MalformedDataException e) {
            throw new IllegalStateException("bundled " + ALL_LAUNCHES + " is not JSON", e);
        }
    }

    static String read(String file) {
        try (InputStream in = ReplaySpacexSource.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled recording " + FOLDER + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String describe() {
        return "replay of bundled SpaceX v4 dumps (2022-09: 193 launches, 4 rockets, 6 launchpads, 225 payloads)";
    }
}
