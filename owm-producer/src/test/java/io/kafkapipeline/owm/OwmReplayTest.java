package io.kafkapipeline.owm;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.common.contract.WeatherReport;
import io.kafkapipeline.common.testing.LogCapture;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OwmReplayTest {
    /** CLOCK is 2024-05-01T12:34:56Z; rounded down to the 60 s interval. */
    private static final Instant START = Instant.parse("2024-05-01T12:34:00Z");

    @Test
    void replayReemitsTheRecordingsShiftedByTheIntervalInMetricUnits() throws Exception {
        OwmHarness owm = new OwmHarness(Map.of("SOURCE", "replay", "OWM_CITIES", "Hanoi,Ho Chi Minh City,Moscow"));
        owm.poller.run();
        owm.poller.run();

        List<WeatherReport> reports = owm.published();
        assertThat(reports).hasSize(6);
        assertThat(reports.get(0))
                .isEqualTo(new WeatherReport(
                        "Hanoi",
                        START,
                        "overcast clouds",
                        34.0,
                        41.0,
                        34.0,
                        34.0,
                        1003,
                        64,
                        2.45,
                        // recorded 2021-10-06T22:49:14Z / 2021-10-07T10:39:32Z, moved by whole days to the new
                        // observation day
                        Instant.parse("2024-04-30T22:49:14Z"),
                        Instant.parse("2024-05-01T10:39:32Z")));
        assertThat(reports.get(1))
                .isEqualTo(new WeatherReport(
                        "Ho Chi Minh City",
                        START,
                        "moderate rain",
                        30.01,
                        36.07,
                        30.01,
                        30.01,
                        1002,
                        74,
                        3.09,
                        Instant.parse("2024-04-30T22:41:51Z"),
                        Instant.parse("2024-05-01T10:40:19Z")));
        assertThat(reports.get(2))
                .isEqualTo(OwmHarness.moscow(
                        START, Instant.parse("2024-05-01T01:45:49Z"), Instant.parse("2024-05-01T17:07:11Z")));
        assertThat(reports.subList(3, 6))
                .extracting(WeatherReport::forecastdate)
                .containsOnly(START.plusSeconds(60));
        assertThat(reports).extracting(WeatherReport::key).doesNotHaveDuplicates();
    }

    @Test
    void replayConvertsToTheConfiguredUnits() throws Exception {
        OwmHarness owm = new OwmHarness(Map.of("SOURCE", "replay", "OWM_CITIES", "Moscow", "OWM_UNITS", "imperial"));
        owm.poller.run();
        WeatherReport report = owm.published().get(0);
        assertThat(report.temp()).isEqualTo(53.6);
        assertThat(report.wind()).isEqualTo(6.71);
    }

    @Test
    void aCityWithoutRecordingIsSkippedOnce() throws Exception {
        OwmHarness owm = new OwmHarness(Map.of("SOURCE", "replay", "OWM_CITIES", "Paris,Hanoi"));
        assertThat(LogCapture.linesDuring("WARN", () -> {
                    owm.poller.run();
                    owm.poller.run();
                }))
                .singleElement()
                .asString()
                .contains("Paris", "no recorded response", "Hanoi, Ho Chi Minh City, Moscow");
        assertThat(owm.published()).extracting(WeatherReport::location).containsExactly("Hanoi", "Hanoi");
    }

    @Test
    void autoWithoutKeyReplaysAndSaysSo() throws Exception {
        try (LogCapture logs = LogCapture.start()) {
            OwmHarness owm = new OwmHarness(Map.of());
            owm.poller.run();
            assertThat(logs.text()).contains("OPENWEATHER_API_KEY is not set; SOURCE=auto: reading replay");
            assertThat(owm.published())
                    .extracting(WeatherReport::location)
                    .containsExactly("Hanoi", "Ho Chi Minh City");
        }
    }

    @Test
    void autoWithUnreachableApiFallsBackToReplay() throws Exception {
        try (LogCapture logs = LogCapture.start()) {
            OwmHarness owm = OwmHarness.unreachable(Map.of());
            owm.poller.run();
            owm.poller.run();
            assertThat(logs.text())
                    .contains(
                            "SOURCE=auto: reading live API http://127.0.0.1:1/data/2.5/weather",
                            "Live API unreachable",
                            "switches to replay");
            assertThat(logs.text()).doesNotContain(OwmHarness.KEY);
            assertThat(owm.published()).hasSize(2);
        }
    }
}
