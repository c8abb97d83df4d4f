package io.kafkapipeline.spacex;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.common.contract.SpacexLaunch;
import io.kafkapipeline.common.testing.LogCapture;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpacexReplayTest {

    private static SpacexHarness replay(String launches) throws Exception {
        SpacexHarness spacex = new SpacexHarness(Map.of("SOURCE", "replay", "SPACEX_LAUNCHES", launches), true);
        spacex.poller.run();
        return spacex;
    }

    @Test
    void replayServesTheDumpsForEachSelection() throws Exception {
        assertThat(replay("all").published()).hasSize(193);
        assertThat(replay("past").published()).hasSize(184);
        assertThat(replay("upcoming").published())
                .hasSize(9)
                .allSatisfy(l -> assertThat(l.launchSuccess()).isNull());
    }

    @Test
    void replayIsStableSoTheSecondPollSendsNothing() throws Exception {
        SpacexHarness spacex = replay("all");
        spacex.poller.run();
        assertThat(spacex.producer.history()).hasSize(193);
        assertThat(spacex.published()).extracting(SpacexLaunch::rocketName).doesNotContainNull();
    }

    @Test
    void autoFallsBackToReplayWhenTheApiIsUnreachable() throws Exception {
        try (LogCapture logs = LogCapture.start()) {
            SpacexHarness spacex =
                    new SpacexHarness(Map.of("SPACEX_BASE_URL", "http://127.0.0.1:1", "HTTP_MAX_RETRIES", "0"), true);
            spacex.poller.run();
            assertThat(logs.text())
                    .contains(
                            "SOURCE=auto: reading live API http://127.0.0.1:1/",
                            "Live API unreachable",
                            "switches to replay of bundled SpaceX v4 dumps");
            assertThat(spacex.published()).hasSize(193);
        }
    }
}
