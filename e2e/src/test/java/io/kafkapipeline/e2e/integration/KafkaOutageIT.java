package io.kafkapipeline.e2e.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.junit.LocalStackExtension;
import io.kafkapipeline.stack.node.ServiceNode;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Kafka goes away while a producer streams; the producer keeps retrying and publishes every record once, afterwards. */
@ExtendWith(LocalStackExtension.class)
class KafkaOutageIT {

    private static final String TOPIC = "faker-outage-it";
    private static final int RECORDS = 300;

    @Test
    void producerPublishesEverythingOnceKafkaIsBack(LocalStack stack) throws Exception {
        // A bounded faker producer process of its own (20 records/s for 15 s) on a topic of its own.
        ServiceNode producer = new ServiceNode(
                stack.config(),
                "faker-outage-it",
                "faker-producer",
                "io.kafkapipeline.faker.Main",
                Map.of(
                        "KAFKA_BROKER_URL",
                        stack.bootstrapServers(),
                        "TOPIC_NAME",
                        TOPIC,
                        "FAKER_RATE",
                        "20",
                        "FAKER_MAX_RECORDS",
                        Integer.toString(RECORDS),
                        "KAFKA_CLIENT_ID",
                        "faker-outage-it"));
        producer.prepare();
        producer.start(true);
        try {
            Thread.sleep(4000);
            stack.stopKafka();
            Thread.sleep(15_000);
            stack.startKafka();

            await("bounded producer finished")
                    .atMost(Duration.ofMinutes(4))
                    .until(() -> !producer.jvm().isAlive());
            assertThat(producer.jvm().exitCode()).contains(0);
        } finally {
            producer.stop();
        }

        Set<String> keys = new HashSet<>();
        int records = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG, "kafka-outage-it",
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long quietSince = System.nanoTime();
            while (System.nanoTime() - quietSince < Duration.ofSeconds(10).toNanos()) {
                var batch = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, String> r : batch) {
                    records++;
                    keys.add(r.key());
                }
                if (!batch.isEmpty()) {
                    quietSince = System.nanoTime();
                }
            }
        }
        assertThat(records)
                .as("records in the topic (no loss, no duplicate from retries)")
                .isEqualTo(RECORDS);
        assertThat(keys).as("distinct people").hasSize(RECORDS);
        assertThat(producer.jvm().tail(50))
                .as("the producer's final progress line")
                .containsPattern("published=" + RECORDS + " failed=0 .*\\(final\\)");
    }
}
