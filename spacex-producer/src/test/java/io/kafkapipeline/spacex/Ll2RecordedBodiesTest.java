package io.kafkapipeline.spacex;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kafkapipeline.common.contract.SpacexLaunch;
import io.kafkapipeline.common.json.Json;
import io.kafkapipeline.common.testing.LogCapture;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * Each recorded Launch Library 2 body (2.0.0 normal, 2.2.0 normal, 2.2.0 detailed; 2.2.0 list mode) served as the
 * API's {@code upcoming/} answer: the SpaceX launches land on the columns field by field, the other providers are
 * dropped, list mode is refused, and the edge cases the recordings do not have (null mission, null pad, every status
 * id, a 2.3.0-shaped body) are edits of them.
 */
class Ll2RecordedBodiesTest {
    /** Starship Flight 13 as the recorded 2.2.0 and 2.3.0-shaped upcoming pages give it (no payload mass there). */
    private static final SpacexLaunch STARSHIP_FLIGHT_13 = new SpacexLaunch(
            "ac897b9f-44d2-4ff4-8416-1a0a076e98a2",
            "Flight 13",
            Instant.parse("2026-07-23T22:45:00Z"),
            "Starship",
            null,
            "Orbital Launch Pad 2",
            "Test Flight",
            null);

    /** A Starlink launch of the recorded 2.0.0 page. */
    private static final String STARLINK_15_8 = "fb36a6be-e8e1-4bb9-9833-7cf98aa91d78";
    /** A launch of the recorded 2.2.0 detailed page. */
    private static final String MRV_1 = "0f6780cf-edae-4d7c-99d6-ce7de784d140";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private SpacexHarness pollUpcoming(String version, String body) throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(body).build());
        SpacexHarness spacex = SpacexHarness.ll2(server.url("/" + version).toString(), "SPACEX_LAUNCHES", "upcoming");
        spacex.poller.run();
        return spacex;
    }

    private static Map<String, SpacexLaunch> byId(SpacexHarness spacex) throws Exception {
        return spacex.published().stream().collect(Collectors.toMap(SpacexLaunch::launchId, Function.identity()));
    }

    /**
     * The launch {@code id} as published after one poll of the recorded page {@code resource}, served as LL2
     * {@code version}, with that launch's JSON edited by {@code edit}.
     */
    private SpacexLaunch publishedAfterEdit(String version, String resource, String id, Consumer<ObjectNode> edit)
            throws Exception {
        return byId(pollUpcoming(version, Ll2Bodies.editLaunch(resource, id, edit)))
                .get(id);
    }

    @Test
    void detailed220KeepsTheSixSpacexLaunchesWithEveryColumn() throws Exception {
        SpacexHarness spacex = pollUpcoming("2.2.0", Ll2Bodies.withNext(Ll2Bodies.DETAILED_2_2, null));

        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getUrl().encodedPath()).isEqualTo("/2.2.0/launch/upcoming/");
        assertThat(request.getUrl().query()).isEqualTo("lsp__id=121&mode=normal&ordering=net&limit=100");
        Map<String, SpacexLaunch> launches = byId(spacex);
        assertThat(launches).hasSize(6);
        assertThat(launches.get("e1079d3a-c0a6-4b42-bc1d-92e48a5a78fc"))
                .isEqualTo(new SpacexLaunch(
                        "e1079d3a-c0a6-4b42-bc1d-92e48a5a78fc",
                        "Starlink Group 17-39",
                        Instant.parse("2026-07-20T14:49:32Z"),
                        "Falcon 9",
                        null,
                        "Space Launch Complex 4E",
                        "Communications",
                        null));
        assertThat(launches.get(STARSHIP_FLIGHT_13.launchId())).isEqualTo(STARSHIP_FLIGHT_13);
        assertThat(launches.get("24675e3d-2458-48a3-8c70-5196e44d4dc3").payloadType())
                .isEqualTo("Government/Top Secret");
        assertThat(launches.values())
                .extracting(SpacexLaunch::missionName)
                .containsExactlyInAnyOrder(
                        "Starlink Group 17-39",
                        "MRV-1",
                        "Flight 13",
                        "Starlink Group 17-51",
                        "Starlink Group 17-52",
                        "NROL-95");
    }

    @Test
    void normal200KeepsTheSevenSpacexLaunchesWithEveryColumn() throws Exception {
        SpacexHarness spacex = pollUpcoming("2.0.0", Ll2Bodies.withNext(Ll2Bodies.NORMAL_2_0, null));

        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getUrl().encodedPath())
                .isEqualTo("/2.0.0/launch/upcoming/");
        Map<String, SpacexLaunch> launches = byId(spacex);
        assertThat(launches).hasSize(7);
        assertThat(launches.get("b3f7dd08-1e48-498c-8fcb-193b8d54ed6b"))
                .as("status 6 In Flight: no outcome yet")
                .isEqualTo(new SpacexLaunch(
                        "b3f7dd08-1e48-498c-8fcb-193b8d54ed6b",
                        "Sirius SXM-10",
                        Instant.parse("2025-06-07T04:54:00Z"),
                        "Falcon 9",
                        null,
                        "Space Launch Complex 40",
                        "Communications",
                        null));
        assertThat(launches.get("0805af04-c2ea-4750-9eb4-f24f89eeb5d6"))
                .isEqualTo(new SpacexLaunch(
                        "0805af04-c2ea-4750-9eb4-f24f89eeb5d6",
                        "Axiom Space Mission 4",
                        Instant.parse("2025-06-10T12:22:00Z"),
                        "Falcon 9",
                        null,
                        "Launch Complex 39A",
                        "Tourism",
                        null));
        assertThat(launches.values())
                .extracting(SpacexLaunch::siteName)
                .containsOnly("Space Launch Complex 40", "Space Launch Complex 4E", "Launch Complex 39A");
    }

    @Test
    void prettyPrinted220NormalFromTheDevServerKeepsItsOneSpacexLaunch() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body(Ll2Bodies.read(Ll2Bodies.NORMAL_2_2_LLDEV))
                .build());
        server.enqueue(
                new MockResponse.Builder().code(200).body(Ll2Bodies.empty()).build());
        SpacexHarness spacex = SpacexHarness.ll2(server.url("/2.2.0").toString(), "SPACEX_LAUNCHES", "upcoming");
        spacex.poller.run();

        assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getUrl().toString())
                .as("the recorded next (on lldev) is followed on LL2_BASE_URL's host")
                .isEqualTo(
                        server.url("/2.2.0/launch/upcoming/?limit=5&offset=5").toString());
        assertThat(spacex.published())
                .containsExactly(new SpacexLaunch(
                        "afc772a3-6ea7-4550-a4e9-35c70c22ebba",
                        "Galaxy 37",
                        Instant.parse("2023-08-03T04:15:00Z"),
                        "Falcon 9",
                        null,
                        "Space Launch Complex 40",
                        "Communications",
                        null));
    }

    @Test
    void a230ShapedBodyGivesTheSameRowsAndThePayloadMassWhereItHasOne() throws Exception {
        // No 2.3.0 body is recorded; this is the 2.2.0 detailed one with the differences the 2.3.0 spec and
        // changelog list (SCHEMA-NOTES.md §3-4): response_mode, provider type and image as objects, families[],
        // no holdreason, pad coordinates as numbers; plus rocket.payloads[] as in detailed mode.
        String body = Ll2Bodies.editAll(Ll2Bodies.DETAILED_2_2, launch -> {
            launch.remove(List.of("type", "holdreason"));
            launch.put("response_mode", "normal");
            ObjectNode provider = (ObjectNode) launch.path("launch_service_provider");
            provider.putObject("type")
                    .put("id", 3)
                    .put("name", provider.path("type").asText());
            launch.putObject("image").put("image_url", launch.path("image").asText());
            ObjectNode configuration = (ObjectNode) launch.path("rocket").path("configuration");
            configuration
                    .putArray("families")
                    .addObject()
                    .put("name", configuration.path("family").asText());
            configuration.remove("family");
            ObjectNode pad = (ObjectNode) launch.path("pad");
            pad.put("latitude", pad.path("latitude").asDouble());
            pad.put("longitude", pad.path("longitude").asDouble());
        });
        ObjectNode page = (ObjectNode) Json.readTree(body);
        ObjectNode starlink = (ObjectNode) page.path("results").get(0);
        ObjectNode payload = ((ObjectNode) starlink.path("rocket"))
                .putArray("payloads")
                .addObject()
                .put("amount", 24)
                .putObject("payload");
        payload.put("mass", 800.5).putObject("type").put("id", 1).put("name", "Communications");

        SpacexHarness spacex = pollUpcoming("2.3.0", Json.write(page));

        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getUrl().encodedPath())
                .isEqualTo("/2.3.0/launches/upcoming/");
        Map<String, SpacexLaunch> launches = byId(spacex);
        assertThat(launches).hasSize(6);
        assertThat(launches.get("e1079d3a-c0a6-4b42-bc1d-92e48a5a78fc").payloadMassKg())
                .isEqualTo(800.5);
        assertThat(launches.get(STARSHIP_FLIGHT_13.launchId())).isEqualTo(STARSHIP_FLIGHT_13);
    }

    @Test
    void aListModePageIsRefusedWithOneClearLine() throws Exception {
        SpacexHarness spacex;
        try (LogCapture logs = LogCapture.start()) {
            spacex = pollUpcoming("2.2.0", Ll2Bodies.read(Ll2Bodies.LIST_2_2));
            assertThat(logs.lines("WARN"))
                    .singleElement()
                    .asString()
                    .contains(
                            "Skipping the rest of this poll of /2.2.0/launch/upcoming/ (page 1)",
                            "the page is in list mode (launches without rocket and pad);"
                                    + " this producer needs mode=normal or mode=detailed");
        }
        assertThat(spacex.producer.history()).isEmpty();
        assertThat(server.getRequestCount()).as("its next page is not read").isEqualTo(1);
    }

    @Test
    void a230ListModePageIsRefusedToo() throws Exception {
        String body = Ll2Bodies.editAll(Ll2Bodies.DETAILED_2_2, launch -> {
            launch.retain("id", "url", "name", "slug", "status", "last_updated", "net", "window_end", "window_start");
            launch.put("response_mode", "list");
        });
        try (LogCapture logs = LogCapture.start()) {
            assertThat(pollUpcoming("2.3.0", body).producer.history()).isEmpty();
            assertThat(logs.text()).contains("the page is in list mode");
        }
    }

    @Test
    void aNullMissionTakesTheNameAfterTheBarAndLeavesThePayloadTypeNull() throws Exception {
        SpacexLaunch launch =
                publishedAfterEdit("2.0.0", Ll2Bodies.NORMAL_2_0, STARLINK_15_8, json -> json.putNull("mission"));
        assertThat(launch.missionName()).isEqualTo("Starlink Group 15-8");
        assertThat(launch.payloadType()).isNull();
        assertThat(launch.rocketName()).isEqualTo("Falcon 9");
    }

    @Test
    void aMissingMissionAndANameWithoutBarKeepTheWholeName() throws Exception {
        SpacexLaunch launch = publishedAfterEdit("2.0.0", Ll2Bodies.NORMAL_2_0, STARLINK_15_8, json -> {
            json.remove("mission");
            json.put("name", "  Starlink Group 15-8  ");
        });
        assertThat(launch.missionName()).isEqualTo("Starlink Group 15-8");
    }

    @Test
    void aNullPadLeavesTheSiteNull() throws Exception {
        SpacexLaunch launch = publishedAfterEdit("2.2.0", Ll2Bodies.DETAILED_2_2, MRV_1, json -> json.putNull("pad"));
        assertThat(launch.siteName()).isNull();
        assertThat(launch.missionName()).isEqualTo("MRV-1");
    }

    @Test
    void theOutcomeComesFromTheStatusIdOnlyNeverFromItsName() throws Exception {
        // One SpaceX launch per status id 1..9, each with a name that says "Success".
        String body = Ll2Bodies.editAll(Ll2Bodies.NORMAL_2_0, launch -> {});
        ObjectNode page = (ObjectNode) Json.readTree(body);
        ArrayNode results = (ArrayNode) page.path("results");
        JsonNode template = results.get(1);
        results.removeAll();
        for (int id = 1; id <= 9; id++) {
            ObjectNode launch = template.deepCopy();
            launch.put("id", "00000000-0000-0000-0000-00000000000" + id);
            launch.putObject("status").put("id", id).put("name", "Success").put("abbrev", "Success");
            results.add(launch);
        }
        Map<String, SpacexLaunch> launches = byId(pollUpcoming("2.0.0", Json.write(page)));
        Map<Integer, Boolean> outcome = new TreeMap<>();
        launches.values()
                .forEach(l -> outcome.put(
                        Integer.parseInt(l.launchId().substring(35)),
                        l.launchSuccess() == null ? null : l.launchSuccess()));
        assertThat(outcome).hasSize(9);
        assertThat(outcome.get(3)).isTrue();
        assertThat(outcome.get(4)).isFalse();
        assertThat(outcome.get(7)).isFalse();
        for (int id : new int[] {1, 2, 5, 6, 8, 9}) {
            assertThat(outcome.get(id)).as("status id %d", id).isNull();
        }
    }

    @Test
    void unreadableLaunchesAreSkippedAloneWithOneSummaryLine() throws Exception {
        String body = Ll2Bodies.editLaunch(Ll2Bodies.NORMAL_2_0, STARLINK_15_8, launch -> launch.remove("id"));
        ObjectNode page = (ObjectNode) Json.readTree(body);
        ((ObjectNode) page.path("results").get(2)).put("net", "next tuesday");
        ((ObjectNode) page.path("results").get(3)).putObject("status").put("id", "3");
        SpacexHarness spacex;
        try (LogCapture logs = LogCapture.start()) {
            spacex = pollUpcoming("2.0.0", Json.write(page));
            assertThat(logs.lines("WARN"))
                    .singleElement()
                    .asString()
                    .contains(
                            "3 of 7 launches unreadable, skipped:",
                            "expected text at id (missing) (1)",
                            "net is not an ISO-8601 instant: next tuesday (1)",
                            "expected integer or null at status.id (found string) (1)",
                            "first: {\"url\":\"https://ll.thespacedevs.com/2.0.0/launch/fb36a6be-");
        }
        assertThat(spacex.published()).hasSize(4);
        assertThat(spacex.runtime.progress().failed()).isEqualTo(3);
    }

    @Test
    void aPageInAnotherSchemaIsOneSummaryLine() throws Exception {
        // Launches without a provider object (e.g. another API's list at this URL) cannot be told to be SpaceX.
        String body = Ll2Bodies.editAll(Ll2Bodies.NORMAL_2_0, launch -> launch.remove("launch_service_provider"));
        try (LogCapture logs = LogCapture.start()) {
            assertThat(pollUpcoming("2.0.0", body).producer.history()).isEmpty();
            assertThat(logs.lines("WARN"))
                    .singleElement()
                    .asString()
                    .contains("10 of 10 launches unreadable, skipped: expected object at launch_service_provider"
                            + " (missing); first: b3f7dd08-1e48-498c-8fcb-193b8d54ed6b");
        }
    }
}
