package io.kafkapipeline.sentiment.model;

import io.kafkapipeline.common.contract.ClassifiedPost;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * The sentiment model of the project: an OpenNLP document categorizer trained at build time ({@link ModelTrainer})
 * on VADER's rated tweets, packaged as {@value #MODEL_RESOURCE}. Thread-safe: each thread gets its own categorizer
 * on the shared model.
 */
public final class SentimentClassifier {

    public static final String MODEL_RESOURCE = "/io/kafkapipeline/sentiment/model/sentiment-en.bin";

    private final DoccatModel model;
    private final Preprocessing preprocessing;
    private final ThreadLocal<DocumentCategorizerME> categorizer;
    private final int positive;

    public SentimentClassifier(DoccatModel model, Preprocessing preprocessing) {
        this.model = model;
        this.preprocessing = preprocessing;
        this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
        this.positive = categorizer.get().getIndex(ClassifiedPost.POSITIVE);
        if (positive < 0 || categorizer.get().getIndex(ClassifiedPost.NEGATIVE) < 0) {
            throw new IllegalArgumentException("The model's categories must be " + ClassifiedPost.LABELS);
        }
    }

    /**
     * The packaged model.
     *
     * @throws IllegalStateException when the build did not produce it (run {@code ./mvnw -pl sentiment package})
     */
    public static SentimentClassifier load() {
        try (InputStream in = SentimentClassifier.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The sentiment model " + MODEL_RESOURCE + " is not on the classpath;"
                        + " it is trained by the build: ./mvnw -pl sentiment -am -DskipTests package");
            }
            return new SentimentClassifier(new DoccatModel(in), Preprocessing.SHIPPED);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sentiment model " + MODEL_RESOURCE, e);
        }
    }

    /** The label and the probability of Positive. Any text is fine: empty, emoji only, or very long. */
    public Sentiment classify(String text) {
        String[] tokens = preprocessing.tokens(text == null ? "" : text);
        double[] outcome = categorizer.get().categorize(tokens);
        double score = Math.min(1.0, Math.max(0.0, outcome[positive]));
        if (Double.isNaN(score)) {
            score = 0.5;
        }
        return new Sentiment(score >= 0.5 ? ClassifiedPost.POSITIVE : ClassifiedPost.NEGATIVE, score, words(tokens));
    }

    public DoccatModel model() {
        return model;
    }

    private static int words(String[] tokens) {
        int words = 0;
        for (String token : tokens) {
            if (!token.isEmpty() && Character.isLetter(token.codePointAt(0)) && !token.equals("url")) {
                words++;
            }
        }
        return words;
    }
}
