package io.kafkapipeline.owm;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.common.contract.WeatherReport;
import java.time.Instant;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The recorded bodies served over HTTP; every field of every record is checked. */
class OwmLiveTest {
    private static final Map<String, String> BODIES =
            Map.of("Hanoi", OwmHarness.HANOI, "Ho Chi Minh City", OwmHarness.HCMC, "Moscow", OwmHarness.MOSCOW);

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void serveFixtures() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String body = BODIES.get(request.getUrl().queryParameter("q"));
                return new MockResponse.Builder()
                        .code(body == null ? 404 : 200)
                        .body(body == null ? "{\"cod\":\"404\",\"message\":\"city not found\"}" : body)
                        .build();
            }
        });
    }

    @Test
    void publishesOneRecordPerCityWithEveryField() throws Exception {
        OwmHarness owm = OwmHarness.live(server.url("/").toString(), "Hanoi,Ho Chi Minh City,Moscow");
        owm.poller.run();

        assertThat(owm.published())
                .containsExactly(
                        new WeatherReport(
                                "Hanoi",
                                Instant.ofEpochSecond(1633600412),
                                "overcast clouds",
                                307.15,
                                314.15,
                                307.15,
                                307.15,
                                1003,
                                64,
                                2.45,
                                Instant.ofEpochSecond(1633560554),
                                Instant.ofEpochSecond(1633603172)),
                        new WeatherReport(
                                "Ho Chi Minh City",
                                Instant.ofEpochSecond(1633599984),
                                "moderate rain",
                                303.16,
                                309.22,
                                303.16,
                                303.16,
                                1002,
                                74,
                                3.09,
                                Instant.ofEpochSecond(1633560111),
                                Instant.ofEpochSecond(1633603219)),
                        OwmHarness.moscow(
                                Instant.ofEpochSecond(1588338706),
                                Instant.ofEpochSecond(1588297549),
                                Instant.ofEpochSecond(1588352831)));
        assertThat(owm.producer.history().get(2).key()).isEqualTo("Moscow|2020-05-01T13:11:46Z");
        assertThat(owm.producer.history().get(2).value())
                .contains(
                        "\"location\":\"Moscow\"",
                        "\"forecastdate\":\"2020-05-01T13:11:46Z\"",
                        "\"temp\":12.0",
                        "\"sunrise\":\"2020-05-01T01:45:49Z\"")
                .doesNotContain("Москва");
        assertThat(owm.runtime.progress().fetched()).isEqualTo(3);
        assertThat(owm.runtime.progress().published()).isEqualTo(3);
        assertThat(owm.runtime.progress().failed()).isZero();
    }

    @Test
    void sendsCityUnitsAndKeyAsQueryParameters() throws Exception {
        OwmHarness owm = OwmHarness.live(server.url("/").toString(), "Ho Chi Minh City");
        owm.poller.run();
        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/data/2.5/weather");
        assertThat(request.getUrl().queryParameter("q")).isEqualTo("Ho Chi Minh City");
        assertThat(request.getUrl().queryParameter("units")).isEqualTo("metric");
        assertThat(request.getUrl().queryParameter("appid")).isEqualTo(OwmHarness.KEY);
        assertThat(request.getUrl().queryParameter("lang")).isNull();
    }
}
