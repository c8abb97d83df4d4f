package io.kafkapipeline.sentiment.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped learner and preprocessing, cross-validated on the training data (5 folds: every text classified by a
 * model that did not see it). README, "Sentiment model", has the full 10-fold comparison.
 */
class SentimentModelQualityTest {

    private static final List<LabelledText> TEXTS =
            LabelledText.readVader(Path.of("src/main/training/vader_tweets_GroundTruth.txt"));

    @Test
    void trainingDataHasTheDocumentedCounts() {
        assertThat(TEXTS).hasSize(4_196);
        assertThat(TEXTS.stream().filter(LabelledText::positive)).hasSize(2_897);
    }

    @Test
    void shippedModelIsRightOnAtLeast85PercentOfUnseenTextsAnd80PercentPerLabelOnAverage() {
        CrossValidation.Result shipped = CrossValidation.evaluate(TEXTS, 5, Algorithm.SHIPPED, Preprocessing.SHIPPED);

        assertThat(shipped.accuracy()).isGreaterThan(0.85);
        assertThat(shipped.balancedAccuracy()).isGreaterThan(0.80);
        assertThat(shipped.negativeRecall()).isGreaterThan(0.70);
    }

    @Test
    void preprocessingBeatsPlainWhitespaceTokens() {
        CrossValidation.Result raw = CrossValidation.evaluate(TEXTS, 5, Algorithm.SHIPPED, Preprocessing.RAW);
        CrossValidation.Result shipped = CrossValidation.evaluate(TEXTS, 5, Algorithm.SHIPPED, Preprocessing.SHIPPED);

        assertThat(shipped.balancedAccuracy()).isGreaterThan(raw.balancedAccuracy() + 0.03);
    }
}
