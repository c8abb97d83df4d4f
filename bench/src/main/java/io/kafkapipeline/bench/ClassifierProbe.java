package io.kafkapipeline.bench;

import io.kafkapipeline.common.contract.ClassifiedPost;
import io.kafkapipeline.common.contract.SocialPost;
import io.kafkapipeline.sentiment.model.Language;
import io.kafkapipeline.sentiment.model.Sentiment;
import io.kafkapipeline.sentiment.model.SentimentClassifier;
import io.kafkapipeline.sentiment.stream.ClassifierStats;
import io.kafkapipeline.sentiment.stream.ClassifierTopology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Child JVM of the classifier stage. {@code bare <posts file>}: the classifier's work per post (read the post,
 * language check, classify, write the row) in a loop over the posts of the file, one per line. {@code streams
 * <bootstrap> <input topic> <output topic> <records> <state dir>}: the classifier's Kafka Streams topology with its
 * own settings (exactly_once_v2) under a fresh application id, from the first record read to the last. Both end with
 * their {@link ProbeResult} line; neither counts the JVM's or Kafka Streams' start.
 */
public final class ClassifierProbe {

    private ClassifierProbe() {}

    public static void main(String[] args) throws Exception {
        SentimentClassifier classifier = SentimentClassifier.load();
        if (args[0].equals("bare")) {
            List<String> posts = Files.readAllLines(Path.of(args[1]));
            long start = System.nanoTime();
            long written = 0;
            for (String json : posts) {
                SocialPost post = SocialPost.fromJson(json);
                if (Language.english(post.lang(), post.tweet())) {
                    Sentiment s = classifier.classify(post.tweet());
                    written += ClassifiedPost.of(post, s.label(), Math.round(s.score() * 10_000) / 10_000.0)
                            .toJson()
                            .length();
                }
            }
            System.out.println(ProbeResult.line(posts.size(), System.nanoTime() - start, "bytes=" + written));
            return;
        }
        String bootstrap = args[1];
        String input = args[2];
        String output = args[3];
        long records = Long.parseLong(args[4]);
        ClassifierStats stats = new ClassifierStats();
        Properties props = ClassifierTopology.properties(
                "bench-classifier-" + System.nanoTime(), bootstrap, input + "-dlq", stats);
        props.put(StreamsConfig.STATE_DIR_CONFIG, args[5]);
        props.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
        try (KafkaStreams streams =
                new KafkaStreams(ClassifierTopology.build(input, output, classifier, stats, props), props)) {
            streams.start();
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (stats.read() == 0) {
                check(deadline, stats);
                Thread.sleep(2);
            }
            long start = System.nanoTime();
            long first = stats.read();
            while (stats.read() < records) {
                check(deadline, stats);
                Thread.sleep(2);
            }
            System.out.println(
                    ProbeResult.line(records - first, System.nanoTime() - start, "classified=" + stats.classified()));
            streams.close(Duration.ofSeconds(30));
        }
    }

    private static void check(long deadline, ClassifierStats stats) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("Kafka Streams did not read every record within 10 min: " + stats.line());
        }
    }
}
