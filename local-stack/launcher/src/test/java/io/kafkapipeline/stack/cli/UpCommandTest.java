package io.kafkapipeline.stack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code ./pipeline up} options that are refused before anything starts. */
class UpCommandTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureErr() {
        originalErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreErr() {
        System.setErr(originalErr);
    }

    @Test
    void brokersOutsideOneToNineIsRefusedWithTheOptionNamed() {
        assertThat(PipelineCli.run(Map.of(), "up", "--brokers", "0")).isEqualTo(2);
        assertThat(PipelineCli.run(Map.of(), "up", "--brokers", "10")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--brokers must be 1 to 9, got 0", "--brokers must be 1 to 9, got 10");
    }

    @Test
    void helpListsTheBrokersOption() {
        PrintStream originalOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(PipelineCli.run(Map.of(), "up", "--help")).isZero();
        } finally {
            System.setOut(originalOut);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--brokers=N", "KAFKA_BROKERS=N");
    }
}
