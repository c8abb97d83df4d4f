package io.kafkapipeline.consumers.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.kafkapipeline.common.testing.Samples;
import io.kafkapipeline.consumers.ConsumerMain;
import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.junit.LocalStackExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The consumer as a script uses it, on the local stack: records produced with plain kafka-clients, the consumer run
 * in this JVM in bounded mode ({@code --stop-at-end}, {@code --max}), its printed lines and exit code checked. Every
 * test uses its own topic (two partitions) and group, so tests do not see each other's records.
 */
@ExtendWith(LocalStackExtension.class)
class ConsumerIT {

    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(180);

    @Test
    void weatherRecordsArePrintedAndInvalidOnesReported(LocalStack stack) throws Exception {
        String topic = createTopic(stack, "weather");
        produce(
                stack,
                List.of(
                        new ProducerRecord<>(topic, 0, "Hanoi|2026-11-28T04:00:00Z", Samples.WEATHER.toJson()),
                        new ProducerRecord<>(topic, 0, "junk", "not json"),
                        new ProducerRecord<>(topic, 1, "x", Samples.edited(Samples.WEATHER, t -> t.remove("location"))),
                        new ProducerRecord<>(
                                topic, 1, "y", Samples.edited(Samples.WEATHER, t -> t.put("humidity", "high"))),
                        new ProducerRecord<>(
                                topic, 1, "z", Samples.edited(Samples.WEATHER, t -> t.put("location", "Da Nang")))));

        Run run = consume(
                stack, Map.of(), "--topic", topic, "--contract", "weather", "--from-beginning", "--stop-at-end");

        assertThat(run.code).isZero();
        assertThat(run.lines())
                .containsExactlyInAnyOrder(
                        "weather Hanoi 2026-11-28T04:00Z 24.1°C 78% \"light rain\"",
                        "weather \"Da Nang\" 2026-11-28T04:00Z 24.1°C 78% \"light rain\"",
                        "invalid topic=" + topic
                                + " partition=0 offset=1 reason=not JSON: Unrecognized token 'not': was"
                                + " expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                        "invalid topic=" + topic + " partition=1 offset=0 reason=missing required column 'location'",
                        "invalid topic=" + topic
                                + " partition=1 offset=1 reason=column 'humidity': expected an integer,"
                                + " found string \"high\"",
                        "summary topic=" + topic + " records=5 valid=2 invalid=3 rate=* lag=0 end=caught-up");
    }

    @Test
    void maxStopsAfterNRecordsAndTheNextRunGoesOnFromThere(LocalStack stack) throws Exception {
        String topic = createTopic(stack, "faker");
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String name = "Person " + i;
            records.add(new ProducerRecord<>(topic, 0, name, Samples.edited(Samples.FAKER, t -> t.put("name", name))));
        }
        produce(stack, records);
        String group = "it-" + UUID.randomUUID();

        Run first = consume(
                stack,
                Map.of(),
                "--topic",
                topic,
                "--contract",
                "faker",
                "--group",
                group,
                "--from-beginning",
                "--max",
                "2");
        Run second =
                consume(stack, Map.of(), "--topic", topic, "--contract", "faker", "--group", group, "--stop-at-end");

        assertThat(first.code).isZero();
        assertThat(first.lines())
                .containsExactly(
                        "faker \"Person 0\" 1987-03-02 <jane.doe@example.com> \"Software Engineer\" at \"Acme Inc\" (Berlin, Germany)",
                        "faker \"Person 1\" 1987-03-02 <jane.doe@example.com> \"Software Engineer\" at \"Acme Inc\" (Berlin, Germany)",
                        "summary topic=" + topic + " records=2 valid=2 invalid=0 rate=* lag=1 end=max-reached");
        assertThat(second.code).isZero();
        assertThat(second.lines())
                .containsExactly(
                        "faker \"Person 2\" 1987-03-02 <jane.doe@example.com> \"Software Engineer\" at \"Acme Inc\" (Berlin, Germany)",
                        "summary topic=" + topic + " records=1 valid=1 invalid=0 rate=* lag=0 end=caught-up");
    }

    @Test
    void spacexConfiguredByEnvironmentOnly(LocalStack stack) throws Exception {
        String topic = createTopic(stack, "spacex");
        produce(
                stack,
                List.of(
                        new ProducerRecord<>(topic, 0, Samples.SPACEX.key(), Samples.SPACEX.toJson()),
                        new ProducerRecord<>(topic, 0, Samples.SPACEX_UPCOMING.key(), Samples.SPACEX_UPCOMING.toJson()),
                        new ProducerRecord<>(
                                topic, 1, "b", Samples.edited(Samples.SPACEX, t -> t.put("launch_success", "no"))),
                        new ProducerRecord<>(topic, 1, "t", null)));

        Run run = consume(
                stack,
                Map.of(
                        "TOPIC_NAME",
                        topic,
                        "RECORD_CONTRACT",
                        "spacex",
                        "FROM_BEGINNING",
                        "true",
                        "STOP_AT_END",
                        "true"));

        assertThat(run.code).isZero();
        assertThat(run.lines())
                .containsExactlyInAnyOrder(
                        "spacex FalconSat 2006-03-24T22:30Z \"Falcon 1\" from \"Kwajalein Atoll\" failure, Satellite 20 kg"
                                + " [5eb87cd9ffd86e000604b32a]",
                        "spacex USSF-44 ? ? from ? no-outcome, ? [62dd70d5202306255024d139]",
                        "invalid topic=" + topic
                                + " partition=1 offset=0 reason=column 'launch_success': expected a boolean,"
                                + " found string \"no\"",
                        "invalid topic=" + topic + " partition=1 offset=1 reason=no value (tombstone)",
                        "summary topic=" + topic + " records=4 valid=2 invalid=2 rate=* lag=0 end=caught-up");
    }

    @Test
    void stopAtEndOnATopicThatDoesNotExistEndsAtOnce(LocalStack stack) {
        Run run = consume(
                stack,
                Map.of(),
                "--topic",
                "it-missing-" + UUID.randomUUID(),
                "--contract",
                "weather",
                "--stop-at-end");

        assertThat(run.code).isZero();
        assertThat(run.lines())
                .singleElement()
                .asString()
                .startsWith("summary ")
                .contains("records=0", "end=caught-up");
    }

    /** What one consumer run printed (rates replaced by {@code *}) and its exit code. */
    private record Run(int code, String output) {

        List<String> lines() {
            return Arrays.stream(output.split("\\R"))
                    .filter(l -> !l.isBlank())
                    .map(l -> l.replaceAll(" rate=\\S+ ", " rate=* "))
                    .toList();
        }
    }

    private static Run consume(LocalStack stack, Map<String, String> env, String... args) {
        Map<String, String> environment = new HashMap<>(env);
        environment.put("KAFKA_BROKER_URL", stack.bootstrapServers());
        environment.put("SUMMARY_INTERVAL_S", "0");
        environment.putIfAbsent("GROUP_ID", "it-" + UUID.randomUUID());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        int code = assertTimeoutPreemptively(
                RUN_TIMEOUT,
                () -> ConsumerMain.execute(args, environment, out),
                "the bounded consumer run did not end in time");
        return new Run(code, printed.toString(StandardCharsets.UTF_8));
    }

    private static String createTopic(LocalStack stack, String contract) throws Exception {
        String topic = "it-" + contract + "-" + UUID.randomUUID().toString().substring(0, 8);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get(60, TimeUnit.SECONDS);
        }
        return topic;
    }

    private static void produce(LocalStack stack, List<ProducerRecord<String, String>> records) throws Exception {
        Map<String, Object> props = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            for (ProducerRecord<String, String> record : records) {
                producer.send(record).get(60, TimeUnit.SECONDS);
            }
        }
    }
}
