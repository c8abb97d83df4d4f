package io.kafkapipeline.sentiment.model;

import io.kafkapipeline.common.contract.ClassifiedPost;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;

/**
 * k-fold cross-validation on the training data: every text is classified once by a model trained without it. Prints
 * one Markdown row per learner and preprocessing, the numbers of the module README:
 *
 * <pre>java -Dorg.slf4j.simpleLogger.log.opennlp=warn \
 *     -cp "sentiment/target/classes:$(cat sentiment/target/runtime.classpath)" \
 *     io.kafkapipeline.sentiment.model.CrossValidation sentiment/src/main/training/vader_tweets_GroundTruth.txt
 * </pre>
 */
public final class CrossValidation {

    /** Seed of the shuffle before the texts are dealt into folds. */
    public static final long SEED = 42;

    /** Accuracy over all texts, recall of each label, and their mean (balanced accuracy). */
    public record Result(int texts, double accuracy, double positiveRecall, double negativeRecall) {
        public double balancedAccuracy() {
            return (positiveRecall + negativeRecall) / 2;
        }
    }

    private CrossValidation() {}

    public static Result evaluate(
            List<LabelledText> texts, int folds, Algorithm algorithm, Preprocessing preprocessing) {
        // each text is tokenized once, then dealt into folds
        List<DocumentSample> samples = new ArrayList<>();
        for (LabelledText text : texts) {
            samples.add(new DocumentSample(text.label(), preprocessing.tokens(text.text())));
        }
        Collections.shuffle(samples, new Random(SEED));
        int correct = 0;
        int positives = 0;
        int positiveHits = 0;
        int negatives = 0;
        int negativeHits = 0;
        for (int fold = 0; fold < folds; fold++) {
            List<DocumentSample> train = new ArrayList<>();
            List<DocumentSample> test = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) {
                (i % folds == fold ? test : train).add(samples.get(i));
            }
            DocumentCategorizerME categorizer = new DocumentCategorizerME(algorithm.train(train));
            for (DocumentSample sample : test) {
                boolean predicted = categorizer
                        .getBestCategory(categorizer.categorize(sample.getText()))
                        .equals(ClassifiedPost.POSITIVE);
                boolean positive = sample.getCategory().equals(ClassifiedPost.POSITIVE);
                if (predicted == positive) {
                    correct++;
                }
                if (positive) {
                    positives++;
                    positiveHits += predicted ? 1 : 0;
                } else {
                    negatives++;
                    negativeHits += predicted ? 0 : 1;
                }
            }
        }
        return new Result(
                samples.size(),
                correct / (double) samples.size(),
                positiveHits / (double) positives,
                negativeHits / (double) negatives);
    }

    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : "src/main/training/vader_tweets_GroundTruth.txt");
        int folds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<LabelledText> texts = LabelledText.readVader(data);
        System.out.printf(Locale.ROOT, "%d-fold cross-validation on %d texts of %s%n%n", folds, texts.size(), data);
        System.out.println(
                "| learner | preprocessing | accuracy | recall Positive | recall Negative | balanced accuracy | time |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Algorithm algorithm : Algorithm.values()) {
            for (Preprocessing preprocessing : Preprocessing.values()) {
                long start = System.nanoTime();
                Result r = evaluate(texts, folds, algorithm, preprocessing);
                boolean shipped = algorithm == Algorithm.SHIPPED && preprocessing == Preprocessing.SHIPPED;
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %s | %s | %.1f %% | %.1f %% | %s | %.1f s |%n",
                        algorithm,
                        preprocessing,
                        bold(percent(r.accuracy()), shipped),
                        100 * r.positiveRecall(),
                        100 * r.negativeRecall(),
                        bold(percent(r.balancedAccuracy()), shipped),
                        (System.nanoTime() - start) / 1e9);
            }
        }
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * value);
    }

    private static String bold(String text, boolean bold) {
        return bold ? "**" + text + "**" : text;
    }
}
