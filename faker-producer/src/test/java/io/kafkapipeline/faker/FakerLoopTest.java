package io.kafkapipeline.faker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.config.ConfigDef;
import io.kafkapipeline.common.config.ConfigException;
import io.kafkapipeline.common.config.Env;
import io.kafkapipeline.common.contract.FakerPerson;
import io.kafkapipeline.common.runtime.ProducerRuntime;
import io.kafkapipeline.common.runtime.Sleeper;
import io.kafkapipeline.common.testing.LogCapture;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class FakerLoopTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);
    private long now;
    private final List<Duration> sleeps = new ArrayList<>();
    private final Sleeper sleeper = d -> {
        sleeps.add(d);
        now += d.toNanos();
    };

    private static ProducerRuntime runtime(Map<String, String> env, MockProducer<String, String> producer) {
        ConfigDef def = FakerConfig.definition();
        return new ProducerRuntime(FakerConfig.COMPONENT, def, def.parse(Env.of(env)), producer);
    }

    private static MockProducer<String, String> producer(boolean autoComplete) {
        return new MockProducer<>(autoComplete, null, new StringSerializer(), new StringSerializer());
    }

    private List<FakerPerson> run(Map<String, String> env, long limit) throws Exception {
        MockProducer<String, String> producer = producer(true);
        ProducerRuntime runtime = runtime(env, producer);
        Config config = FakerConfig.definition().parse(Env.of(env));
        assertThat(FakerApp.loop(runtime, config, 0, sleeper, () -> now, CLOCK).run(limit))
                .isEqualTo(limit);
        List<FakerPerson> people = new ArrayList<>();
        for (ProducerRecord<String, String> record : producer.history()) {
            FakerPerson person = FakerPerson.fromJson(record.value());
            assertThat(record.topic()).isEqualTo("faker");
            assertThat(record.key()).isEqualTo(person.key());
            people.add(person);
        }
        assertThat(runtime.progress().published()).isEqualTo(limit);
        return people;
    }

    @Test
    void publishesTheLimitKeyedByNameAndAddress() throws Exception {
        assertThat(run(Map.of("FAKER_SEED", "1"), 25)).hasSize(25);
    }

    @Test
    void aFixedSeedReproducesThePublishedRecords() throws Exception {
        assertThat(run(Map.of("FAKER_SEED", "99"), 20)).isEqualTo(run(Map.of("FAKER_SEED", "99"), 20));
    }

    @Test
    void theSeedDefaultIsOneRecordEveryFiveSeconds() throws Exception {
        run(Map.of(), 3);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Test
    void rateIsConfigurable() {
        Config seedDefault = FakerConfig.definition().parse(Env.of(Map.of()));
        assertThat(FakerConfig.rate(seedDefault)).isEqualTo(0.2);
        Config sleep = FakerConfig.definition().parse(Env.of(Map.of("SLEEP_TIME", "0.5")));
        assertThat(FakerConfig.rate(sleep)).isEqualTo(2.0);
        Config load = FakerConfig.definition().parse(Env.of(Map.of("FAKER_RATE", "20000", "SLEEP_TIME", "5")));
        assertThat(FakerConfig.rate(load)).isEqualTo(20000.0);
        assertThatThrownBy(() -> FakerConfig.definition().parse(Env.of(Map.of("FAKER_RATE", "fast"))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Invalid FAKER_RATE='fast': is not a number");
    }

    @Test
    void failedSendsAreCountedAndTheLoopGoesOn() {
        MockProducer<String, String> producer = producer(false);
        ProducerRuntime runtime = runtime(Map.of("FAKER_SEED", "3"), producer);
        Config config = FakerConfig.definition().parse(Env.of(Map.of("FAKER_SEED", "3")));
        try (LogCapture logs = LogCapture.start()) {
            FakerApp.loop(runtime, config, 0, sleeper, () -> now, CLOCK).run(3);
            producer.errorNext(new NetworkException("broker gone"));
            producer.completeNext();
            producer.completeNext();
            assertThat(logs.lines("WARN")).singleElement().asString().contains("send to faker failed", "broker gone");
        }
        assertThat(runtime.progress().failed()).isEqualTo(1);
        assertThat(runtime.progress().published()).isEqualTo(2);
    }

    @Test
    void severalThreadsShareTheLimit() throws Exception {
        MockProducer<String, String> producer = producer(true);
        Map<String, String> env = Map.of("FAKER_THREADS", "3", "FAKER_RATE", "100000", "FAKER_SEED", "5");
        ProducerRuntime runtime = runtime(env, producer);
        long sent = FakerApp.run(runtime, FakerConfig.definition().parse(Env.of(env)), 10);
        assertThat(sent).isEqualTo(10);
        assertThat(producer.history()).hasSize(10);
    }
}
