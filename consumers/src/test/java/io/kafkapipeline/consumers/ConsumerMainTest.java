package io.kafkapipeline.consumers;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.consumers.config.ConsumerConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsumerMainTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void printsTheEnvironmentTable() {
        int code = ConsumerMain.execute(new String[] {"--print-env-docs"}, Map.of(), out);

        assertThat(code).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .isEqualTo(ConsumerConfig.definition().markdownTable());
    }

    @Test
    void missingTopicIsAConfigurationError() {
        assertThat(ConsumerMain.execute(new String[0], Map.of(), out)).isEqualTo(ConsumerApp.EXIT_CONFIG);
    }

    @Test
    void badEnvironmentValueIsAConfigurationError() {
        assertThat(ConsumerMain.execute(new String[] {"--topic", "weather"}, Map.of("SUMMARY_INTERVAL_S", "soon"), out))
                .isEqualTo(ConsumerApp.EXIT_CONFIG);
    }

    @Test
    void optionsOverrideTheEnvironment() {
        // the option's topic has a contract, the environment's has not: only the option can make this run start
        int code = ConsumerMain.execute(
                new String[] {"--topic", "weather", "--contract", "nope"}, Map.of("TOPIC_NAME", "other"), out);

        assertThat(code).isEqualTo(ConsumerApp.EXIT_CONFIG);
    }

    @Test
    void maxBelowOneIsAUsageError() {
        assertThat(ConsumerMain.execute(new String[] {"--topic", "weather", "--max", "0"}, Map.of(), out))
                .isEqualTo(2);
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(ConsumerMain.execute(new String[] {"--topic", "weather", "--latest"}, Map.of(), out))
                .isEqualTo(2);
    }
}
