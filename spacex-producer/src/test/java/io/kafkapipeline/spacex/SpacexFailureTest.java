package io.kafkapipeline.spacex;

import static io.kafkapipeline.spacex.SpacexHarness.UPCOMING;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kafkapipeline.common.contract.SpacexLaunch;
import io.kafkapipeline.common.json.Json;
import io.kafkapipeline.common.testing.LogCapture;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/** Each failure: the producer stays up, logs one line, publishes nothing wrong. */
class SpacexFailureTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();

    private SpacexHarness upcoming() {
        return SpacexHarness.live(server.url("/").toString(), "upcoming");
    }

    /** The first {@code failures} answers for the upcoming endpoint are {@code failure}, then the dump. */
    private void failFirst(int failures, MockResponse failure) {
        server.setDispatcher(SpacexHarness.failingFirst(failures, failure));
    }

    private void serve(String path, MockResponse response) {
        server.setDispatcher(SpacexHarness.dumps(Map.of(path, response)));
    }

    @Test
    void serverErrorThenSuccess() throws Exception {
        failFirst(1, new MockResponse.Builder().code(500).build());
        SpacexHarness spacex = upcoming();
        try (LogCapture logs = LogCapture.start()) {
            spacex.poller.run();
            assertThat(logs.lines("WARN")).singleElement().asString().contains("HTTP 500", "retry 1/3");
        }
        assertThat(spacex.published()).hasSize(9);
    }

    @Test
    void rateLimitHonoursRetryAfter() throws Exception {
        failFirst(
                1,
                new MockResponse.Builder()
                        .code(429)
                        .addHeader("Retry-After", "11")
                        .build());
        SpacexHarness spacex = upcoming();
        try (LogCapture logs = LogCapture.start()) {
            spacex.poller.run();
            assertThat(logs.lines("WARN")).singleElement().asString().contains("HTTP 429 (Retry-After 11 s)");
        }
        assertThat(spacex.time.sleeps()).containsExactly(Duration.ofSeconds(11));
        assertThat(spacex.published()).hasSize(9);
    }

    @Test
    void timeoutThenSuccess() throws Exception {
        failFirst(
                1,
                new MockResponse.Builder()
                        .code(200)
                        .body(UPCOMING)
                        .headersDelay(3, TimeUnit.SECONDS)
                        .build());
        SpacexHarness spacex = upcoming();
        try (LogCapture logs = LogCapture.start()) {
            spacex.poller.run();
            assertThat(logs.lines("WARN")).singleElement().asString().contains("SocketTimeoutException");
        }
        assertThat(spacex.published()).hasSize(9);
    }

    @Test
    void unreadableLaunchBodiesSkipThePollWithOneWarning() throws Exception {
        SpacexHarness spacex = upcoming();
        String[] bodies = {UPCOMING.substring(0, 5000), "", "{\"docs\":[]}"};
        try (LogCapture logs = LogCapture.start()) {
            for (String body : bodies) {
                serve("/v4/launches/upcoming", SpacexHarness.ok(body));
                spacex.poller.run();
            }
            assertThat(logs.lines()).hasSize(3).allSatisfy(l -> assertThat(l).contains("WARN", "Skipping this poll"));
            assertThat(logs.text()).contains("invalid JSON", "empty body", "expected a JSON array of launches");
        }
        assertThat(spacex.producer.history()).isEmpty();
        assertThat(spacex.runtime.progress().failed()).isEqualTo(3);
    }

    @Test
    void aCatalogThatCannotBeLoadedSkipsThePoll() throws Exception {
        serve(
                "/v4/rockets",
                new MockResponse.Builder().code(404).body("Not Found").build());
        SpacexHarness spacex = upcoming();
        try (LogCapture logs = LogCapture.start()) {
            spacex.poller.run();
            assertThat(logs.lines()).singleElement().asString().contains("WARN", "/v4/rockets returned HTTP 404");
        }
        assertThat(spacex.producer.history()).isEmpty();
    }

    @Test
    void malformedLaunchesAreSkippedAloneAndMissingBlocksStayNull() throws Exception {
        ArrayNode launches = (ArrayNode) Json.readTree(UPCOMING);
        ((ObjectNode) launches.get(0)).remove("id");
        ((ObjectNode) launches.get(1)).put("date_utc", "next tuesday");
        ((ObjectNode) launches.get(2)).putNull("launchpad");
        ((ObjectNode) launches.get(3)).putArray("payloads");
        ((ObjectNode) launches.get(4)).remove("rocket");
        ((ObjectNode) launches.get(5)).remove(List.of("payloads", "success"));
        serve("/v4/launches/upcoming", SpacexHarness.ok(Json.write(launches)));
        SpacexHarness spacex = upcoming();
        assertThat(spacex.pollWarnings(1))
                .singleElement()
                .asString()
                .contains(
                        "2 of 9 launches unreadable, skipped:",
                        "expected text at id (missing) (1)",
                        "date_utc is not an ISO-8601 instant: next tuesday (1)",
                        "first: {\"fairings\":");
        Map<String, SpacexLaunch> byId =
                spacex.published().stream().collect(Collectors.toMap(SpacexLaunch::launchId, l -> l));
        assertThat(byId).hasSize(7);
        assertThat(spacex.runtime.progress().failed()).isEqualTo(2);
        assertThat(byId.get(launches.get(2).get("id").textValue()).siteName()).isNull();
        SpacexLaunch noPayloads = byId.get(launches.get(3).get("id").textValue());
        assertThat(noPayloads.payloadType()).isNull();
        assertThat(noPayloads.payloadMassKg()).isNull();
        assertThat(noPayloads.rocketName()).isNotNull();
        assertThat(byId.get(launches.get(4).get("id").textValue()).rocketName()).isNull();
        SpacexLaunch missing = byId.get(launches.get(5).get("id").textValue());
        assertThat(missing.payloadType()).isNull();
        assertThat(missing.launchSuccess()).isNull();
        assertThat(missing.siteName()).isNotNull();
    }

    @Test
    void launchesInAnotherSchemaAreOneSummaryLinePerPollWithTheDetailsAtDebug() throws Exception {
        // Every launch keyed like the v3 API (flight_number, no id), as when a v3 dump is served at the v4 path.
        ArrayNode launches = (ArrayNode) Json.readTree(UPCOMING);
        for (int i = 0; i < launches.size(); i++) {
            ObjectNode launch = (ObjectNode) launches.get(i);
            launch.remove("id");
            launch.put("flight_number", 200 + i);
        }
        serve("/v4/launches/upcoming", SpacexHarness.ok(Json.write(launches)));
        SpacexHarness spacex = upcoming();
        assertThat(spacex.pollWarnings(2))
                .hasSize(2)
                .allSatisfy(line -> assertThat(line)
                        .contains("9 of 9 launches unreadable, skipped: expected text at id (missing); first: {")
                        .contains("(details at DEBUG)"));
        assertThat(spacex.producer.history()).isEmpty();
        assertThat(spacex.runtime.progress().failed()).isEqualTo(18);
    }

    @Test
    void anUnknownReferenceLeavesTheColumnNullWithOneWarning() throws Exception {
        String body =
                UPCOMING.replace("\"rocket\":\"5e9d0d95eda69973a809d1ec\"", "\"rocket\":\"000000000000000000000000\"");
        serve("/v4/launches/upcoming", SpacexHarness.ok(body));
        SpacexHarness spacex = upcoming();
        assertThat(spacex.pollWarnings(2))
                .singleElement()
                .asString()
                .contains("rockets 000000000000000000000000 (8 launches)");
        assertThat(spacex.published())
                .hasSize(9)
                .extracting(SpacexLaunch::rocketName)
                .containsOnly(null, "Falcon Heavy")
                .filteredOn(java.util.Objects::isNull)
                .hasSize(8);
        assertThat(server.getRequestCount())
                .as("rockets not reloaded for the same unknown id")
                .isEqualTo(5);
    }

    @Test
    void aCatalogInAnotherSchemaIsOneLineNotOnePerId() throws Exception {
        // Payloads keyed by "_id" instead of "id": none of the first payloads (8 of the 9 launches have one) resolves.
        ArrayNode payloads = (ArrayNode) Json.readTree(ReplaySpacexSource.read("payloads_v4_all_225.json"));
        payloads.forEach(p -> ((ObjectNode) p).set("_id", ((ObjectNode) p).remove("id")));
        serve("/v4/payloads", SpacexHarness.ok(Json.write(payloads)));
        SpacexHarness spacex = upcoming();
        assertThat(spacex.pollWarnings(2))
                .singleElement()
                .asString()
                .contains(
                        "8 id(s) referenced by launches are not listed by their catalog; those columns stay null:"
                                + " payloads ",
                        " (1 launch), payloads ",
                        "and 5 more (details at DEBUG)");
        assertThat(spacex.published())
                .hasSize(9)
                .extracting(SpacexLaunch::payloadType)
                .containsOnlyNulls();
    }

    @Test
    void aFailedSendIsRetriedOnTheNextPoll() throws Exception {
        server.setDispatcher(SpacexHarness.dumps(Map.of()));
        SpacexHarness spacex = new SpacexHarness(
                Map.of("SOURCE", "live", "SPACEX_BASE_URL", server.url("/").toString(), "SPACEX_LAUNCHES", "upcoming"),
                false);
        spacex.poller.run();
        spacex.producer.errorNext(new TimeoutException("Expiring 1 record(s)"));
        while (spacex.producer.completeNext()) {
            // acknowledge the other eight
        }
        spacex.poller.run();
        assertThat(spacex.producer.history()).hasSize(10);
        assertThat(spacex.producer.history().get(9).key())
                .isEqualTo(spacex.producer.history().get(0).key());
        assertThat(spacex.runtime.progress().failed()).isEqualTo(1);
        assertThat(SpacexLaunch.fromJson(spacex.producer.history().get(9).value())
                        .missionName())
                .isEqualTo("Starlink 4-34 (v1.5)");
    }
}
