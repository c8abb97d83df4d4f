package io.kafkapipeline.spacex;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.common.contract.SpacexLaunch;
import io.kafkapipeline.common.testing.Samples;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The 193-launch dump served over HTTP: names resolved, nulls kept null. */
class SpacexLiveTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();

    private SpacexHarness poll(String launches) throws Exception {
        server.setDispatcher(SpacexHarness.dumps(Map.of()));
        SpacexHarness spacex = SpacexHarness.live(server.url("/").toString(), launches);
        spacex.poller.run();
        return spacex;
    }

    private static <T> Map<T, Long> count(List<SpacexLaunch> launches, Function<SpacexLaunch, T> field) {
        return launches.stream().map(field).collect(Collectors.groupingBy(v -> v, Collectors.counting()));
    }

    @Test
    void allLaunchesAreFlattenedWithNamesResolved() throws Exception {
        List<SpacexLaunch> launches = poll("all").published();

        assertThat(launches).hasSize(193);
        assertThat(launches)
                .extracting(SpacexLaunch::launchId)
                .doesNotHaveDuplicates()
                .allMatch(id -> id.length() == 24);
        assertThat(launches)
                .allSatisfy(l -> assertThat(List.of(
                                l.missionName(), l.rocketName(), l.siteName(), l.payloadType(), l.launchDateUtc()))
                        .doesNotContainNull());
        assertThat(count(launches, SpacexLaunch::rocketName))
                .isEqualTo(Map.of("Falcon 9", 184L, "Falcon 1", 5L, "Falcon Heavy", 4L));
        assertThat(count(launches, SpacexLaunch::siteName))
                .isEqualTo(Map.of("CCSFS SLC 40", 103L, "KSC LC 39A", 56L, "VAFB SLC 4E", 29L, "Kwajalein Atoll", 5L));
        assertThat(count(launches, SpacexLaunch::payloadType))
                .isEqualTo(Map.of(
                        "Satellite",
                        155L,
                        "Dragon 1.1",
                        18L,
                        "Crew Dragon",
                        9L,
                        "Dragon 2.0",
                        6L,
                        "Dragon 1.0",
                        4L,
                        "Dragon Boilerplate",
                        1L));
        assertThat(launches.stream().filter(l -> l.launchSuccess() == null).count())
                .isEqualTo(10);
        assertThat(launches.stream()
                        .filter(l -> Boolean.FALSE.equals(l.launchSuccess()))
                        .count())
                .isEqualTo(5);
        assertThat(launches.stream().filter(l -> l.payloadMassKg() == null).count())
                .isEqualTo(27);
    }

    @Test
    void everyFieldOfSelectedLaunches() throws Exception {
        Map<String, SpacexLaunch> byId =
                poll("all").published().stream().collect(Collectors.toMap(SpacexLaunch::launchId, l -> l));
        assertThat(byId.get("5eb87cd9ffd86e000604b32a"))
                .as("FalconSat, the shared sample row")
                .isEqualTo(Samples.SPACEX);
        assertThat(byId.get("5eb87d1bffd86e000604b368"))
                .isEqualTo(new SpacexLaunch(
                        "5eb87d1bffd86e000604b368",
                        "SES-12",
                        Instant.parse("2018-06-04T04:45:00Z"),
                        "Falcon 9",
                        true,
                        "CCSFS SLC 40",
                        "Satellite",
                        5383.85));
        // a past launch whose success is unknown
        assertThat(byId.get("62a9f0e320413d2695d88713"))
                .isEqualTo(new SpacexLaunch(
                        "62a9f0e320413d2695d88713",
                        "Starlink 3-1 (v1.5)",
                        Instant.parse("2022-07-11T01:39:00Z"),
                        "Falcon 9",
                        null,
                        "VAFB SLC 4E",
                        "Satellite",
                        13260.0));
        // an upcoming launch with a month-precision placeholder date
        assertThat(byId.get("6243ae7daf52800c6e91925b"))
                .isEqualTo(new SpacexLaunch(
                        "6243ae7daf52800c6e91925b",
                        "O3b mPower 3.4",
                        Instant.parse("2022-12-01T00:00:00Z"),
                        "Falcon 9",
                        null,
                        "CCSFS SLC 40",
                        "Satellite",
                        5100.0));
        // STP-2 carries 16 payloads: the first one is used
        assertThat(byId.get("5eb87d35ffd86e000604b37a").payloadMassKg()).isEqualTo(600.0);
    }

    @Test
    void jsonKeepsNullsAndIsoDates() throws Exception {
        SpacexHarness spacex = poll("all");
        String json = spacex.producer.history().stream()
                .filter(r -> r.key().equals("62a9f0e320413d2695d88713"))
                .findFirst()
                .orElseThrow()
                .value();
        assertThat(json)
                .isEqualTo("{\"launch_id\":\"62a9f0e320413d2695d88713\",\"mission_name\":\"Starlink 3-1 (v1.5)\","
                        + "\"launch_date_utc\":\"2022-07-11T01:39:00Z\",\"rocket_name\":\"Falcon 9\",\"launch_success\":null,"
                        + "\"site_name\":\"VAFB SLC 4E\",\"payload_type\":\"Satellite\",\"payload_mass_kg\":13260.0}");
    }

    @Test
    void upcomingUsesItsEndpoint() throws Exception {
        SpacexHarness spacex = poll("upcoming");
        assertThat(spacex.published())
                .hasSize(9)
                .allSatisfy(l -> assertThat(l.launchSuccess()).isNull());
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v4/launches/upcoming");
    }

    @Test
    void catalogsAreCachedAndOnlyChangedLaunchesAreResent() throws Exception {
        SpacexHarness spacex = poll("past");
        assertThat(spacex.published()).hasSize(184);
        assertThat(paths(4)).containsExactly("/v4/launches/past", "/v4/rockets", "/v4/launchpads", "/v4/payloads");

        spacex.poller.run();
        assertThat(paths(1)).containsExactly("/v4/launches/past");
        assertThat(server.getRequestCount()).isEqualTo(5);
        assertThat(spacex.published()).hasSize(184);

        String changed = new ReplaySpacexSource()
                .fetch("/v4/launches/past")
                .replace("\"name\":\"FalconSat\"", "\"name\":\"FalconSat (renamed)\"");
        server.setDispatcher(SpacexHarness.dumps(Map.of("/v4/launches/past", SpacexHarness.ok(changed))));
        spacex.poller.run();
        assertThat(spacex.published())
                .hasSize(185)
                .last()
                .extracting(SpacexLaunch::missionName)
                .isEqualTo("FalconSat (renamed)");
    }

    private List<String> paths(int n) throws InterruptedException {
        List<String> paths = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            RecordedRequest request = server.takeRequest();
            paths.add(Objects.requireNonNull(request.getUrl()).encodedPath());
        }
        return paths;
    }
}
