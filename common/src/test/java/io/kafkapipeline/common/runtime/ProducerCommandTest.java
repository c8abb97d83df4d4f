package io.kafkapipeline.common.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.config.ConfigDef;
import io.kafkapipeline.common.config.ConfigKey;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class ProducerCommandTest {

    private static final ConfigDef DEFINITION =
            new ConfigDef().define(ConfigKey.string("X_NAME", "seed", "A name of the test producer."));

    @Command(description = "A test producer.")
    static final class TestProducer extends ProducerCommand {
        boolean ran;

        TestProducer() {
            super("test-producer", DEFINITION);
        }

        @Override
        protected int run(ProducerRuntime runtime, Config config) {
            ran = true;
            return 0;
        }
    }

    @Test
    void everyProducerTakesTheSharedOptions() {
        TestProducer producer = new TestProducer();
        new CommandLine(producer).parseArgs("--once");

        assertThat(producer.options.once).isTrue();
        assertThat(new CommandLine(new TestProducer()).parseArgs("--help").isUsageHelpRequested())
                .isTrue();
        assertThat(new CommandLine(new TestProducer()).execute("--latest")).isEqualTo(2);
    }

    @Test
    void theCommandIsNamedAfterItsComponent() {
        assertThat(new TestProducer().commandLine().getUsageMessage()).startsWith("Usage: test-producer [-hV]");
    }

    @Test
    void printEnvDocsPrintsTheProducersSettingsWithoutRunningIt() {
        TestProducer producer = new TestProducer();
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = new CommandLine(producer).execute("--print-env-docs");
        } finally {
            System.setOut(original);
        }

        assertThat(code).isZero();
        assertThat(producer.ran).isFalse();
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo(DEFINITION.markdownTable());
    }
}
