package io.kafkapipeline.sentiment.model;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import opennlp.tools.doccat.DoccatModel;

/**
 * Trains the shipped sentiment model; the build runs it ({@code process-classes}, exec-maven-plugin) so the jar
 * carries a model made by the code that reads it. Arguments: the training data and the model file to write.
 */
public final class ModelTrainer {

    private ModelTrainer() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ModelTrainer <vader_tweets_GroundTruth.txt> <model.bin>");
            System.exit(2);
        }
        long start = System.nanoTime();
        List<LabelledText> texts = LabelledText.readVader(Path.of(args[0]));
        DoccatModel model = Algorithm.SHIPPED.train(texts, Preprocessing.SHIPPED);
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream stream = Files.newOutputStream(out)) {
            model.serialize(stream);
        }
        long positive = texts.stream().filter(LabelledText::positive).count();
        System.out.printf(
                Locale.ROOT,
                "Sentiment model: %s, %s, trained on %d texts (%d Positive, %d Negative) in %.1f s: %s (%d KB)%n",
                Algorithm.SHIPPED,
                Preprocessing.SHIPPED,
                texts.size(),
                positive,
                texts.size() - positive,
                (System.nanoTime() - start) / 1e9,
                out.getFileName(),
                Files.size(out) / 1024);
    }
}
