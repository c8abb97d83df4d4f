package io.kafkapipeline.spacex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kafkapipeline.common.config.ConfigException;
import io.kafkapipeline.common.config.Env;
import io.kafkapipeline.common.contract.SpacexLaunch;
import io.kafkapipeline.common.testing.LogCapture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPACEX_API=ll2 without network: the recorded bodies replayed; the auto fallback; LL2_BASE_URL checked at start. */
class Ll2ReplayTest {

    @Test
    void replayPublishesTheFourteenRecordedSpacexLaunches() throws Exception {
        SpacexHarness spacex;
        try (LogCapture logs = LogCapture.start()) {
            spacex = new SpacexHarness(Map.of("SPACEX_API", "ll2", "SOURCE", "replay"), true);
            spacex.poller.run();
            assertThat(logs.text())
                    .contains(
                            "SOURCE=replay: reading replay of recorded Launch Library 2 bodies",
                            "Polled /2.3.0/launches/upcoming/: 3 page(s), 25 launches, 14 SpaceX, 14 new or changed"
                                    + " sent",
                            "Polled /2.3.0/launches/previous/: 1 page(s), 0 launches, 0 SpaceX");
        }
        List<SpacexLaunch> launches = spacex.published();
        assertThat(launches)
                .hasSize(14)
                .extracting(SpacexLaunch::launchId)
                .doesNotHaveDuplicates()
                .allMatch(id -> id.length() == 36);
        assertThat(launches).extracting(SpacexLaunch::launchSuccess).containsOnlyNulls();
        assertThat(launches)
                .extracting(SpacexLaunch::launchDateUtc)
                .allMatch(d -> d.isAfter(Instant.parse("2023-08-01T00:00:00Z")));
        assertThat(launches).extracting(SpacexLaunch::rocketName).containsOnly("Falcon 9", "Starship");
        assertThat(spacex.time.elapsed()).isZero();

        spacex.poller.run();
        assertThat(spacex.producer.history())
                .as("nothing changed, nothing re-sent")
                .hasSize(14);
    }

    @Test
    void autoFallsBackToReplayAtOnceWhenTheApiIsUnreachable() throws Exception {
        try (LogCapture logs = LogCapture.start()) {
            SpacexHarness spacex = new SpacexHarness(
                    Map.of("SPACEX_API", "ll2", "LL2_BASE_URL", "http://127.0.0.1:1/2.3.0", "HTTP_MAX_RETRIES", "2"),
                    true);
            spacex.poller.run();
            assertThat(logs.text())
                    .contains(
                            "SOURCE=auto: reading live Launch Library 2 API http://127.0.0.1:1/2.3.0 (anonymous)",
                            "Live API unreachable",
                            "switches to replay of recorded Launch Library 2 bodies");
            assertThat(spacex.published()).hasSize(14);
            assertThat(spacex.time.elapsed())
                    .as("refused connections do not wait for the 15/hour budget, only for the backoff")
                    .isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void theBaseUrlMustEndInTheApiVersion() {
        assertThatThrownBy(() -> SpacexConfig.definition()
                        .parse(Env.of(Map.of("SPACEX_API", "ll2", "LL2_BASE_URL", "https://ll.thespacedevs.com"))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Invalid LL2_BASE_URL='https://ll.thespacedevs.com': must be the API root ending in its"
                        + " version (2.0.0, 2.2.0, 2.3.0, ...), e.g. https://ll.thespacedevs.com/2.3.0");
        assertThat(SpacexConfig.definition()
                        .parse(Env.of(Map.of("LL2_BASE_URL", "https://lldev.thespacedevs.com/2.2.0/")))
                        .get(SpacexConfig.LL2_BASE_URL))
                .hasToString("https://lldev.thespacedevs.com/2.2.0");
    }

    @Test
    void theKeyIsReadFromAFileAndShownOnlyAsSet(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ll2_key");
        Files.writeString(file, "FAKE-LL2-KEY-from-file\n");
        var config = SpacexConfig.definition().parse(Env.of(Map.of("LL2_API_KEY_FILE", file.toString())));
        assertThat(config.get(SpacexConfig.LL2_API_KEY)).isEqualTo("FAKE-LL2-KEY-from-file");
        assertThat(config.describe()).contains("LL2_API_KEY=***").doesNotContain("FAKE-LL2-KEY");
    }
}
