package io.kafkapipeline.bench.data;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates benchmark topics and fills them: record i goes to partition i mod the partition count. */
public final class TopicLoader {

    private static final Logger log = LoggerFactory.getLogger(TopicLoader.class);

    private final String bootstrapServers;

    public TopicLoader(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Creates the topic and waits until every partition has a leader (a send before that can get stuck). */
    public void create(String topic, int partitions) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1)))
                    .all()
                    .get();
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!allLed(admin, topic)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("topic " + topic + " has partitions without a leader after 60 s");
                }
                Thread.sleep(100);
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topic " + topic + ": " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static boolean allLed(Admin admin, String topic) throws InterruptedException {
        try {
            TopicDescription d =
                    admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            return d.partitions().stream()
                    .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
        } catch (ExecutionException e) {
            return false;
        }
    }

    /**
     * Creates {@code topic} and writes every record to it (acks=all); returns when all are acknowledged. Not idempotent, one
     * request in flight: a retried send may duplicate a record, which only overwrites its row again.
     */
    public void load(String topic, int partitions, List<BenchRecord> records) {
        create(topic, partitions);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        ProducerConfig.ACKS_CONFIG, "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "false",
                        ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1",
                        ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                        ProducerConfig.LINGER_MS_CONFIG, "20",
                        ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(128 * 1024)),
                new StringSerializer(),
                new StringSerializer())) {
            for (int i = 0; i < records.size(); i++) {
                BenchRecord r = records.get(i);
                producer.send(new ProducerRecord<>(topic, i % partitions, r.key(), r.json()));
            }
            producer.flush();
        }
        log.info("Loaded {} records into {} ({} partitions)", records.size(), topic, partitions);
    }
}
