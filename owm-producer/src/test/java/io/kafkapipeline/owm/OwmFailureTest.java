package io.kafkapipeline.owm;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.common.contract.WeatherReport;
import io.kafkapipeline.common.runtime.PollLoop;
import io.kafkapipeline.common.testing.LogCapture;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Each failure: the producer stays up (except on 401), logs one line, publishes nothing wrong. */
class OwmFailureTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();

    private OwmHarness owm(String cities) {
        return OwmHarness.live(server.url("/").toString(), cities);
    }

    private static MockResponse ok(String body) {
        return new MockResponse.Builder().code(200).body(body).build();
    }

    private static MockResponse status(int code, String body) {
        return new MockResponse.Builder().code(code).body(body).build();
    }

    @Test
    void invalidKeyIsFatalWithOneClearLineNamingTheVariable() {
        server.enqueue(status(401, OwmHarness.fixture("/fixtures/owm/error_401_invalid_api_key.json")));
        OwmHarness owm = owm("Hanoi,Moscow");
        try (LogCapture logs = LogCapture.start()) {
            int code = owm.runtime.pollLoop().run(owm.poller, Duration.ofSeconds(60), false);
            assertThat(code).isEqualTo(PollLoop.EXIT_FATAL);
            assertThat(logs.lines()).singleElement().asString().contains("ERROR", "HTTP 401", "OPENWEATHER_API_KEY");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(owm.producer.history()).isEmpty();
    }

    @Test
    void unknownCityIsSkippedOnceWhileTheOthersContinue() throws Exception {
        OwmHarness owm = owm("Atlantis,Hanoi");
        try (LogCapture logs = LogCapture.start()) {
            server.enqueue(status(404, OwmHarness.fixture("/fixtures/owm/error_404_city_not_found.json")));
            server.enqueue(ok(OwmHarness.HANOI));
            owm.poller.run();
            server.enqueue(status(404, OwmHarness.fixture("/fixtures/owm/error_404_city_not_found.json")));
            server.enqueue(ok(OwmHarness.HANOI));
            owm.poller.run();
            assertThat(logs.lines())
                    .singleElement()
                    .asString()
                    .contains("WARN", "Atlantis", "not found (HTTP 404: city not found)");
        }
        assertThat(owm.published()).extracting(WeatherReport::location).containsExactly("Hanoi", "Hanoi");
        assertThat(owm.runtime.progress().failed()).isEqualTo(2);
    }

    @Test
    void rateLimitWaitsForRetryAfter() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .addHeader("Retry-After", "7")
                .body(OwmHarness.fixture("/fixtures/owm/error_429_account_blocked_QUOTED.json"))
                .build());
        server.enqueue(ok(OwmHarness.HANOI));
        OwmHarness owm = owm("Hanoi");
        try (LogCapture logs = LogCapture.start()) {
            owm.poller.run();
            assertThat(logs.lines()).singleElement().asString().contains("WARN", "HTTP 429 (Retry-After 7 s)");
        }
        assertThat(owm.sleeper.sleeps()).contains(Duration.ofSeconds(7));
        assertThat(owm.published()).hasSize(1);
    }

    @Test
    void serverErrorThenSuccess() throws Exception {
        server.enqueue(status(500, "Internal Server Error"));
        server.enqueue(ok(OwmHarness.HANOI));
        OwmHarness owm = owm("Hanoi");
        try (LogCapture logs = LogCapture.start()) {
            owm.poller.run();
            assertThat(logs.lines()).singleElement().asString().contains("WARN", "HTTP 500", "retry 1/3");
        }
        assertThat(owm.published()).hasSize(1);
    }

    @Test
    void timeoutThenSuccess() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body(OwmHarness.HANOI)
                .headersDelay(3, TimeUnit.SECONDS)
                .build());
        server.enqueue(ok(OwmHarness.HANOI));
        OwmHarness owm = owm("Hanoi");
        try (LogCapture logs = LogCapture.start()) {
            owm.poller.run();
            assertThat(logs.lines()).singleElement().asString().contains("WARN", "SocketTimeoutException");
        }
        assertThat(owm.published()).hasSize(1);
    }

    @Test
    void unreachableAfterRetriesSkipsThePollAndKeepsRunning() throws Exception {
        for (int i = 0; i < 4; i++) {
            server.enqueue(status(503, ""));
        }
        server.enqueue(ok(OwmHarness.MOSCOW));
        OwmHarness owm = owm("Hanoi,Moscow");
        assertThat(LogCapture.linesDuring("WARN", owm.poller::run))
                .hasSize(4)
                .last()
                .asString()
                .contains("Skipping Hanoi this poll", "failed after 4 attempt(s): HTTP 503");
        assertThat(owm.published()).extracting(WeatherReport::location).containsExactly("Moscow");
    }

    @Test
    void truncatedEmptyAndIncompleteBodiesAreSkippedWithOneWarningEach() throws Exception {
        String[] bad = {
            OwmHarness.HANOI.substring(0, 120),
            "",
            OwmHarness.HANOI.replaceAll("\"main\":\\{[^}]*\\},", ""),
            OwmHarness.HANOI.replaceAll("\"weather\":\\[[^]]*\\],", "\"weather\":[],"),
            OwmHarness.HANOI.replaceAll("\"sys\":\\{[^}]*\\},", ""),
            OwmHarness.HANOI.replace("\"speed\":2.45", "\"speed\":\"fast\""),
            "[]",
            OwmHarness.fixture("/fixtures/owm/error_400_nothing_to_geocode.json"),
        };
        OwmHarness owm = owm("Hanoi");
        try (LogCapture logs = LogCapture.start()) {
            for (String body : bad) {
                server.enqueue(ok(body));
                owm.poller.run();
            }
            assertThat(logs.lines())
                    .hasSize(bad.length)
                    .allSatisfy(line -> assertThat(line)
                            .contains("WARN", "1 of 1 city responses unreadable, skipped: ", "; first: Hanoi"));
            assertThat(logs.text())
                    .contains(
                            "empty body",
                            "invalid JSON",
                            "expected number at main.temp (missing)",
                            "weather.0.description",
                            "sys.sunrise",
                            "wind.speed (found string)",
                            "expected a JSON object");
        }
        assertThat(owm.producer.history()).isEmpty();
        assertThat(owm.runtime.progress().failed()).isEqualTo(bad.length);
    }

    @Test
    void everyCityAnsweringInAnotherSchemaIsOneSummaryLinePerPoll() throws Exception {
        // A forecast-shaped body (no main/weather/sys at the top) for each of three cities.
        String other = "{\"cod\":\"200\",\"message\":0,\"cnt\":0,\"list\":[]}";
        OwmHarness owm = owm("Hanoi,Moscow,Ho Chi Minh City");
        try (LogCapture logs = LogCapture.start()) {
            for (int i = 0; i < 3; i++) {
                server.enqueue(ok(other));
            }
            owm.poller.run();
            assertThat(logs.lines())
                    .singleElement()
                    .asString()
                    .contains(
                            "WARN",
                            "3 of 3 city responses unreadable, skipped: expected integer at dt (missing); first: Hanoi"
                                    + " (details at DEBUG)");
        }
        assertThat(owm.producer.history()).isEmpty();
        assertThat(owm.runtime.progress().failed()).isEqualTo(3);
    }

    @Test
    void optionalBlocksMayBeMissing() throws Exception {
        server.enqueue(ok(OwmHarness.HANOI
                .replace(",\"gust\":4.06", "")
                .replace(",\"sea_level\":1003,\"grnd_level\":1001", "")
                .replace("\"visibility\":10000,", "")));
        OwmHarness owm = owm("Hanoi");
        owm.poller.run();
        assertThat(owm.published())
                .singleElement()
                .extracting(WeatherReport::pressure)
                .isEqualTo(1003);
    }

    @Test
    void otherClientErrorsSkipTheCityWithTheApiMessage() throws Exception {
        server.enqueue(status(400, OwmHarness.fixture("/fixtures/owm/error_400_nothing_to_geocode.json")));
        OwmHarness owm = owm("Hanoi");
        try (LogCapture logs = LogCapture.start()) {
            owm.poller.run();
            assertThat(logs.lines()).singleElement().asString().contains("WARN", "HTTP 400: Nothing to geocode");
        }
        assertThat(owm.producer.history()).isEmpty();
    }
}
