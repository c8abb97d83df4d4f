package io.kafkapipeline.sentiment.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.common.contract.ClassifiedPost;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The packaged model (trained by the build) on texts whose sentiment nobody would dispute, and on odd input. */
class SentimentClassifierTest {

    private static SentimentClassifier classifier;

    @BeforeAll
    static void load() {
        classifier = SentimentClassifier.load();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Positive | What a wonderful launch, congratulations to the whole team!",
                "Positive | I love this new album, it is beautiful :)",
                "Positive | Great weather today, sunny and warm. So happy!",
                "Positive | Thank you so much, you made my day <3",
                "Negative | This is terrible, I hate it :(",
                "Negative | Worst service ever. Angry and disappointed.",
                "Negative | The launch failed and the rocket exploded, so sad",
                "Negative | Ugh, awful storm, everything is ruined"
            })
    void clearTextsGetTheirLabelWithMoreThan80PercentProbability(String label, String text) {
        Sentiment sentiment = classifier.classify(text);
        double probabilityOfLabel = label.equals(ClassifiedPost.POSITIVE) ? sentiment.score() : 1 - sentiment.score();
        assertThat(sentiment.label()).as(text).isEqualTo(label);
        assertThat(probabilityOfLabel).as(text).isGreaterThan(0.8);
    }

    @Test
    void emptyTextGetsALabelAndAScoreButNoWords() {
        for (String text : new String[] {"", "   ", null}) {
            Sentiment sentiment = classifier.classify(text);
            assertThat(ClassifiedPost.LABELS).contains(sentiment.label());
            assertThat(sentiment.score()).isBetween(0.0, 1.0);
            assertThat(sentiment.words()).isZero();
        }
    }

    @Test
    void emojiAloneAreReadWithoutWordsAndEmojiBesideWordsDoNotDisturb() {
        Sentiment emoji = classifier.classify("🚀🔥😊👍🏽 ⭐️");
        assertThat(emoji.words()).isZero();
        assertThat(emoji.score()).isBetween(0.0, 1.0);
        assertThat(classifier.classify("so happy today 😊🎉").label()).isEqualTo(ClassifiedPost.POSITIVE);
        assertThat(classifier.classify("so sad and angry today 😢").label()).isEqualTo(ClassifiedPost.NEGATIVE);
    }

    @Test
    void tenKilobytesOfTextAreClassifiedQuickly() {
        String sentence = "The mission was a great success and everyone was happy. ";
        String text = sentence.repeat(10_240 / sentence.length() + 1);
        assertThat(text.length()).isGreaterThan(10_240);

        long start = System.nanoTime();
        Sentiment sentiment = classifier.classify(text);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(sentiment.label()).isEqualTo(ClassifiedPost.POSITIVE);
        assertThat(sentiment.words()).isGreaterThan(1_000);
        assertThat(took).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aMegabyteIsCutToMaxCharsInsteadOfTakingForever() {
        String text = "bad ".repeat(262_144);
        Sentiment sentiment = classifier.classify(text);
        assertThat(sentiment.words()).isEqualTo(Preprocessing.MAX_CHARS / 4);
        assertThat(sentiment.label()).isEqualTo(ClassifiedPost.NEGATIVE);
    }

    @Test
    void theSameTextAlwaysGetsTheSameAnswerAcrossThreads() throws Exception {
        String text = "Not sure how I feel about the new rocket design";
        Sentiment first = classifier.classify(text);
        Sentiment[] others = new Sentiment[4];
        Thread[] threads = new Thread[others.length];
        for (int i = 0; i < threads.length; i++) {
            int n = i;
            threads[i] = new Thread(() -> others[n] = classifier.classify(text));
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(others).containsOnly(first);
    }
}
