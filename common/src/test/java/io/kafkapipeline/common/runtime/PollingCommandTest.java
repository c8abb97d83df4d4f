package io.kafkapipeline.common.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.config.ConfigDef;
import io.kafkapipeline.common.config.ConfigKey;
import io.kafkapipeline.common.config.Env;
import io.kafkapipeline.common.config.Range;
import io.kafkapipeline.common.kafka.KafkaConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class PollingCommandTest {

    private static final ConfigKey<Integer> INTERVAL_S = ConfigKey.integer(
            "X_INTERVAL_S", 60, Range.between(1, 3_600), "Seconds between polls of the test producer.");
    private static final ConfigDef DEFINITION = new ConfigDef()
            .define(INTERVAL_S)
            .include(KafkaConfig.definition("x"))
            .include(RuntimeConfig.definition());

    @Command(name = "test-poller")
    static final class TestPoller extends PollingCommand {
        TestPoller(CycleFactory cycle) {
            super("test-poller", DEFINITION, INTERVAL_S, cycle);
        }
    }

    private static int run(TestPoller command, Map<String, String> env, String... args) {
        new CommandLine(command).parseArgs(args);
        Config config = DEFINITION.parse(Env.of(env));
        MockProducer<String, String> producer =
                new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
        try (ProducerRuntime runtime = new ProducerRuntime("test-poller", DEFINITION, config, producer)) {
            return command.run(runtime, config);
        }
    }

    @Test
    void withOnceThePollerIsBuiltOnTheRuntimeAndPollsOnce() {
        AtomicInteger polls = new AtomicInteger();
        List<ProducerRuntime> builtOn = new ArrayList<>();
        TestPoller command = new TestPoller((runtime, config) -> {
            builtOn.add(runtime);
            return polls::incrementAndGet;
        });

        assertThat(run(command, Map.of(), "--once")).isEqualTo(PollLoop.EXIT_OK);

        assertThat(builtOn).hasSize(1);
        assertThat(polls).hasValue(1);
    }

    @Test
    void pollsStartTheIntervalSettingApartUntilStopped() {
        List<Long> startedAt = new ArrayList<>();
        TestPoller command = new TestPoller((runtime, config) -> () -> {
            startedAt.add(System.nanoTime());
            if (startedAt.size() == 2) {
                runtime.lifecycle().stop();
            }
        });

        assertThat(run(command, Map.of("X_INTERVAL_S", "1"))).isEqualTo(PollLoop.EXIT_OK);

        assertThat(startedAt).hasSize(2);
        assertThat(startedAt.get(1) - startedAt.get(0)).isGreaterThanOrEqualTo(1_000_000_000L);
    }
}
