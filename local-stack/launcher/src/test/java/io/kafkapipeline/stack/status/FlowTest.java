package io.kafkapipeline.stack.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.common.contract.StreamApp;
import io.kafkapipeline.stack.connect.ConnectorConfigs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The flows {@code status} reads, from the pipeline's own connector configs ({@code kafka/connect/}). */
class FlowTest {

    private static final List<Flow> FLOWS = Flow.of(ConnectorConfigs.load(Path.of("..", "..", "kafka", "connect")));

    @Test
    void theFlowOfAStreamApplicationsOutputTopicHasThatApplicationUpstream() {
        assertThat(FLOWS).filteredOn(f -> f.upstream() != null).singleElement().satisfies(f -> {
            assertThat(f.connector()).isEqualTo("twittersink");
            assertThat(f.topic()).isEqualTo(StreamApp.CLASSIFIER.outputTopic());
            assertThat(f.table()).isEqualTo("twitterdata");
            assertThat(f.upstream()).isEqualTo(StreamApp.CLASSIFIER);
        });
        assertThat(FLOWS)
                .filteredOn(f -> f.upstream() == null)
                .extracting(Flow::connector)
                .containsExactlyInAnyOrder("weathersink", "fakersink", "spacexsink");
    }

    @Test
    void anUpstreamStageTakesItsStateFromTheLocalStacksProcessOfThatName() {
        StageStatus fromKafka = new StageStatus(
                "classifier", "twitter", 10, "kafkapipeline-classifier", 0, "DEAD", "twitter-dlq", 0, "twittersink");
        List<ProcessStatus> processes = List.of(
                new ProcessStatus("kafka", "up", 9092, 1L, 5L), new ProcessStatus("classifier", "down", 0, null, null));

        assertThat(fromKafka.withProcessState(processes).state()).isEqualTo("down");
        assertThat(fromKafka.withProcessState(List.of()).state())
                .as("another deployment: the group's state stays")
                .isEqualTo("DEAD");
    }
}
