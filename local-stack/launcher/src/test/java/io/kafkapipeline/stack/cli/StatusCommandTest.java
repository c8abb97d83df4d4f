package io.kafkapipeline.stack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.stack.StackConfig;
import io.kafkapipeline.stack.status.FlowStatus;
import io.kafkapipeline.stack.status.StageStatus;
import io.kafkapipeline.stack.status.StatusReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text of {@code ./pipeline status}: one line per flow, the classifier's stage on the line before its flow. */
class StatusCommandTest {

    @TempDir
    Path home;

    private static FlowStatus flow(String connector, String topic, long produced, String table, StageStatus up) {
        return new FlowStatus(
                connector,
                topic,
                produced,
                0,
                "RUNNING",
                List.of("0:RUNNING"),
                topic + "-dlq",
                0,
                "kafkapipeline." + table,
                produced,
                List.of(),
                up);
    }

    private List<String> print(StatusReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StatusCommand.printText(
                new PrintStream(bytes, true, StandardCharsets.UTF_8),
                report,
                StackConfig.builder(home).build());
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void theClassifierStageComesOnTheLineBeforeItsFlowWithItsInputGroupLagProcessAndDeadLetters() {
        StageStatus classifier = new StageStatus(
                "classifier", "twitter", 120, "kafkapipeline-classifier", 3, "up", "twitter-dlq", 1, "twittersink");
        StatusReport report = new StatusReport(
                List.of(),
                List.of(
                        flow("fakersink", "faker", 6, "fakerdata", null),
                        flow("twittersink", "twittersink", 98, "twitterdata", classifier)),
                List.of());

        List<String> lines = print(report);

        assertThat(lines)
                .containsExactly(
                        "TOPIC        PRODUCED     LAG  CONNECTOR    STATE      TASKS              DLQ  TABLE      "
                                + "                         ROWS",
                        "faker               6       0  fakersink    RUNNING    0:RUNNING            0  kafkapipeline"
                                + ".fakerdata                6",
                        "twitter           120       3  classifier   up         -                    1  -> twittersin"
                                + "k                         -",
                        "twittersink        98       0  twittersink  RUNNING    0:RUNNING            0  kafkapipeline"
                                + ".twitterdata             98");
    }

    @Test
    void withoutAStreamApplicationTheTopicColumnKeepsItsWidth() {
        List<String> lines = print(new StatusReport(
                List.of(), List.of(flow("spacexsink", "spacex", 193, "spacex_launches", null)), List.of()));

        assertThat(lines)
                .containsExactly(
                        "TOPIC     PRODUCED     LAG  CONNECTOR    STATE      TASKS              DLQ  TABLE         "
                                + "                      ROWS",
                        "spacex         193       0  spacexsink   RUNNING    0:RUNNING            0  kafkapipeline.sp"
                                + "acex_launches        193");
    }
}
