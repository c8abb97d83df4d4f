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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sentiment classifier (Kafka Streams, exactly_once_v2) is killed with SIGKILL in the middle of a stream of
 * posts (4,000 sent at 400/s; the kill once it has read 600) and a new one started: every post is in {@code twittersink} exactly once (as a committed record: what the
 * read_committed sink sees) and is one row of {@code twitterdata}. The posts carry a location of their own, so other
 * tests' records in the same topics do not count.
 */
@ExtendWith({LocalStackExtension.class, FaultSummary.class})
class ClassifierKillIT {

    private static final Logger log = LoggerFactory.getLogger(ClassifierKillIT.class);
    private static final String LOCATION = "faults.test#classifier";
    private static final int POSTS = 4_000;
    private static final int RATE = 400;
    private static final int KILL_AFTER = 600;
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
        ServiceNode first = classifier(stack, 1);
        await("the first classifier running")
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> first.jvm().tail(40).contains("-> RUNNING"));

        // posts arrive at a steady rate while the classifier works: the kill lands mid-stream whatever its speed
        ExecutorService feeder = Executors.newSingleThreadExecutor();
        Future<Long> fed = feeder.submit(() -> feed(stack));
        ServiceNode second;
        try {
            long readAtKill = await("the first classifier in the middle of the stream")
                    .atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> lastRead(first), read -> read >= KILL_AFTER);
            first.jvm().kill();
            log.info("Classifier kill: SIGKILL after its progress line said read={}", readAtKill);
            second = classifier(stack, 2);
            assertThat(fed.get(3, TimeUnit.MINUTES)).as("posts acknowledged").isEqualTo(POSTS);
            assertThat(readAtKill).as("killed before the last post was sent").isLessThan(POSTS);
        } finally {
            feeder.shutdownNow();
        }
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
                assertThat(ClassifiedPost.fromJson(record.value()).key()).isEqualTo(record.key());
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

    /** Sends the posts at {@value #RATE} per second; returns how many Kafka acknowledged. */
    private static long feed(LocalStack stack) throws Exception {
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = Topics.producer(stack)) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (int i = 0; i < POSTS; i++) {
                long due = start + i * 1_000_000_000L / RATE;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
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
            long acknowledged = 0;
            for (Future<RecordMetadata> f : sent) {
                f.get(60, TimeUnit.SECONDS);
                acknowledged++;
            }
            return acknowledged;
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
}
