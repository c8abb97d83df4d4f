package io.kafkapipeline.sentiment.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.common.contract.ClassifiedPost;
import io.kafkapipeline.common.contract.SocialPost;
import io.kafkapipeline.common.testing.LogCapture;
import io.kafkapipeline.sentiment.model.SentimentClassifier;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole Streams application on TopologyTestDriver: posts in, classified posts or dead letters out. */
class ClassifierTopologyTest {

    private static final String IN = "twitter";
    private static final String OUT = "twittersink";
    private static final String DLQ = "twitter-dlq";

    private static SentimentClassifier classifier;

    private ClassifierStats stats;
    private TopologyTestDriver driver;
    private TestInputTopic<String, String> posts;
    private TestOutputTopic<String, String> classified;
    private TestOutputTopic<String, String> deadLetters;

    @BeforeAll
    static void loadModel() {
        classifier = SentimentClassifier.load();
    }

    @BeforeEach
    void start() {
        stats = new ClassifierStats();
        Properties props = ClassifierTopology.properties("classifier-test", "dummy:9092", DLQ, stats);
        driver = new TopologyTestDriver(ClassifierTopology.build(IN, OUT, classifier, stats, props), props);
        posts = driver.createInputTopic(IN, new StringSerializer(), new StringSerializer());
        classified = driver.createOutputTopic(OUT, new StringDeserializer(), new StringDeserializer());
        deadLetters = driver.createOutputTopic(DLQ, new StringDeserializer(), new StringDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private static SocialPost post(String id, String text, String lang) {
        return new SocialPost(
                id,
                text,
                Instant.parse("2025-07-17T20:03:10.741Z"),
                "mastodon.social#spacex",
                lang,
                "https://mastodon.social/@a/" + id,
                "replay");
    }

    private void send(SocialPost post) {
        posts.pipeInput(post.key(), post.toJson());
    }

    @Test
    void everyEnglishPostComesOutOnceWithItsLabelScoreAndEveryFieldUnderTheSameKey() throws Exception {
        SocialPost happy = post("1", "What a wonderful launch, congratulations team!", "en");
        SocialPost sad = post("2", "Terrible news, the launch failed. So sad :(", null);
        send(happy);
        send(sad);

        List<TestRecord<String, String>> out = classified.readRecordsToList();
        assertThat(out).extracting(TestRecord::key).containsExactly(happy.key(), sad.key());
        ClassifiedPost first = ClassifiedPost.fromJson(out.get(0).value());
        ClassifiedPost second = ClassifiedPost.fromJson(out.get(1).value());
        assertThat(first)
                .isEqualTo(ClassifiedPost.of(happy, ClassifiedPost.POSITIVE, first.score()))
                .extracting(ClassifiedPost::key)
                .isEqualTo(happy.key());
        assertThat(first.score()).isGreaterThan(0.8);
        assertThat(second).isEqualTo(ClassifiedPost.of(sad, ClassifiedPost.NEGATIVE, second.score()));
        assertThat(second.score()).isLessThan(0.2);
        assertThat(stats.positive()).isEqualTo(1);
        assertThat(stats.negative()).isEqualTo(1);
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void postsInOtherLanguagesAndPostsWithoutWordsAreCountedAndSkipped() {
        send(post("1", "Schönes Wetter heute, ich freue mich", "de"));
        send(post("2", "今日はいい天気ですね", null));
        send(post("3", "", "en"));
        send(post("4", "🚀🚀 https://example.org/launch", "en"));
        send(post("5", "Lovely sunny weather", "en-GB"));

        assertThat(classified.readRecordsToList())
                .singleElement()
                .extracting(r -> r.value())
                .asString()
                .contains("\"post_id\":\"5\"");
        assertThat(stats.skippedLanguage()).isEqualTo(2);
        assertThat(stats.skippedEmpty()).isEqualTo(2);
        assertThat(stats.read()).isEqualTo(5);
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void recordsThatAreNotPostsGoToTheDeadLetterTopicWithTheirCauseAndTheAppGoesOn() {
        SocialPost good = post("9", "Happy to see this, great job", "en");
        String[] bad = {
            "{not json",
            "[]",
            good.toJson().replace("\"post_id\":\"9\",", ""),
            good.toJson().replace("\"tweet_date\":\"2025-07-17T20:03:10.741Z\"", "\"tweet_date\":\"yesterday\""),
            good.toJson().replace("{", "{\"extra\":1,"),
            null
        };
        try (LogCapture logs = LogCapture.start()) {
            for (String value : bad) {
                posts.pipeInput("k", value);
            }
            send(good);
            assertThat(logs.lines("WARN"))
                    .hasSize(bad.length)
                    .allSatisfy(l -> assertThat(l).contains("DeadLetterHandler", "twitter-0 offset", "sent to " + DLQ));
        }

        List<TestRecord<String, String>> dead = deadLetters.readRecordsToList();
        assertThat(dead).extracting(TestRecord::value).containsExactly(bad);
        assertThat(dead)
                .extracting(r -> header(r.headers(), "__streams.errors.message"))
                .satisfiesExactly(
                        m -> assertThat(m)
                                .startsWith("not a post: SocialPost: Unexpected character")
                                .doesNotContain("\n"),
                        m -> assertThat(m).startsWith("not a post: SocialPost:"),
                        m -> assertThat(m).contains("post_id"),
                        m -> assertThat(m).contains("Instant", "yesterday"),
                        m -> assertThat(m).contains("extra"),
                        m -> assertThat(m).isEqualTo("not a post: the record has no value"));
        assertThat(dead).allSatisfy(r -> {
            assertThat(header(r.headers(), "__streams.errors.topic")).isEqualTo(IN);
            assertThat(header(r.headers(), "__streams.errors.exception"))
                    .isEqualTo(UnreadablePostException.class.getName());
        });
        assertThat(header(dead.get(2).headers(), "__streams.errors.offset")).isEqualTo("2");
        assertThat(classified.readValuesToList()).singleElement().asString().contains("\"post_id\":\"9\"");
        assertThat(stats.deadLetters()).isEqualTo(bad.length);
        assertThat(stats.line()).contains("dead_letters=6", "classified=1", "last_error=not a post");
    }

    @Test
    void runsExactlyOnce() {
        Properties props = ClassifierTopology.properties("a", "b:1", DLQ, stats);
        assertThat(props).containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    }

    private static String header(Headers headers, String name) {
        return headers.lastHeader(name) == null
                ? null
                : new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
