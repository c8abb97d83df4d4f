package io.kafkapipeline.faults.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kafkapipeline.common.contract.ClassifiedPost;
import io.kafkapipeline.common.contract.SocialPost;
import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.junit.LocalStackExtension;
import io.kafkapipeline.stack.node.ServiceNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sentiment classifier (Kafka Streams, exactly_once_v2) is killed with SIGKILL in the middle of a backlog of
 * posts and started again: every post is in {@code twittersink} exactly once (as a committed record: what the
 * read_committed sink sees) and is one row of {@code twitterdata}. The posts carry a location of their own, so other
 * tests' records in the same topics do not count.
 */
@ExtendWith({LocalStackExtension.class, FaultSummary.class})
class ClassifierKillIT {

    private static final Logger log = LoggerFactory.getLogger(ClassifierKillIT.class);
    private static final String LOCATION = "faults.test#classifier";
    private static final int POSTS = 40_000;
    private static final Pattern READ = Pattern.compile("classifier progress: read=(\\d+)");
    private static final String[] TEXTS = {
        "What a wonderful launch, congratulations to the whole team!",
        "Terrible weather again, everything is flooded and I hate it",
        "Lovely sunny morning, so happy to be outside",
        "The mission failed, such sad news for everyone"
    };

    @Test
    void aClassifierKilledMidStreamAndRestartedWritesEveryPostExactlyOnce(LocalStack stack) throws Exception {
        Topics.create(stack, SocialPost.TOPIC);
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        try (KafkaProducer<String, String> producer = producer(stack)) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (int i = 0; i < POSTS; i++) {
                SocialPost post = new SocialPost(
                        Integer.toString(i + 1),
                        TEXTS[i % TEXTS.length] + " #" + i,
                        base.plusMillis(i),
                        LOCATION,
                        i % 2 == 0 ? "en" : null,
                        null,
                        "replay");
                sent.add(producer.send(new ProducerRecord<>(SocialPost.TOPIC, post.key(), post.toJson())));
            }
            for (Future<RecordMetadata> f : sent) {
                f.get(60, TimeUnit.SECONDS);
            }
        }
        log.info("Classifier kill: {} posts acknowledged in {}", POSTS, SocialPost.TOPIC);

        ServiceNode first = classifier(stack, 1);
        long readAtKill = await("the classifier in the middle of the backlog")
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> lastRead(first), read -> read >= POSTS / 10);
        first.jvm().kill();
        log.info("Classifier kill: SIGKILL after its progress line said read={}", readAtKill);
        assertThat(readAtKill).as("killed before the end of the backlog").isLessThan(POSTS);

        ServiceNode second = classifier(stack, 2);
        try {
            await("every post classified once the classifier is back")
                    .atMost(FakerFlow.LANDING)
                    .pollInterval(Duration.ofSeconds(2))
                    .until(() ->
                            ours(Topics.readAll(stack, ClassifiedPost.TOPIC)).size() >= POSTS);
            // a little longer: a duplicate would come after the last original
            Thread.sleep(3_000);
            List<ConsumerRecord<String, String>> out = ours(Topics.readAll(stack, ClassifiedPost.TOPIC));
            Map<String, Integer> perKey = new HashMap<>();
            out.forEach(r -> perKey.merge(r.key(), 1, Integer::sum));
            assertThat(out).as("committed records in " + ClassifiedPost.TOPIC).hasSize(POSTS);
            assertThat(perKey).as("distinct posts").hasSize(POSTS);
            for (ConsumerRecord<String, String> record : out.subList(0, 100)) {
                ClassifiedPost row = ClassifiedPost.fromJson(record.value());
                assertThat(row.key()).isEqualTo(record.key());
            }

            String count = "SELECT COUNT(*) FROM kafkapipeline.twitterdata WHERE location = '" + LOCATION + "'";
            await("every post one row of twitterdata")
                    .atMost(FakerFlow.LANDING)
                    .pollInterval(Duration.ofSeconds(2))
                    .until(() -> stack.cqlSession().execute(count).one().getLong(0) >= POSTS);
            assertThat(stack.cqlSession().execute(count).one().getLong(0)).isEqualTo(POSTS);
            assertThat(Topics.readAll(stack, SocialPost.TOPIC + "-dlq")).isEmpty();
        } finally {
            second.stop();
        }
    }

    private static List<ConsumerRecord<String, String>> ours(List<ConsumerRecord<String, String>> records) {
        return records.stream()
                .filter(r -> r.key() != null && r.key().startsWith(LOCATION + "|"))
                .toList();
    }

    private static ServiceNode classifier(LocalStack stack, int run) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_BROKER_URL", stack.bootstrapServers());
        env.put("CLASSIFIER_APPLICATION_ID", "faults-classifier");
        env.put(
                "CLASSIFIER_STATE_DIR",
                stack.config().stateDir().resolve("faults-classifier").toString());
        env.put("PROGRESS_INTERVAL_S", "1");
        ServiceNode node = new ServiceNode(
                stack.config(),
                "faults-classifier-" + run,
                "consumers",
                "io.kafkapipeline.consumers.classifier.ClassifierMain",
                env);
        node.prepare();
        node.start(true);
        return node;
    }

    /** The read count of the classifier's last progress line. */
    private static long lastRead(ServiceNode classifier) {
        Matcher m = READ.matcher(classifier.jvm().tail(40));
        long last = 0;
        while (m.find()) {
            last = Long.parseLong(m.group(1));
        }
        return last;
    }

    private static KafkaProducer<String, String> producer(LocalStack stack) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }
}
