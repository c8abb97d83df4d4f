package io.kafkapipeline.consumers.sentiment;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./pipeline classify}: reads one text per line on stdin and prints {@code label<TAB>score<TAB>text} per
 * line on stdout (UTF-8), with the shipped model. For users, and for checking the model by hand.
 */
@Command(
        name = "classify",
        mixinStandardHelpOptions = true,
        description = "Reads one text per line on stdin; prints label<TAB>score<TAB>text per line, with the pipeline's"
                + " sentiment model (label Positive or Negative, score = probability of Positive).")
public final class ClassifyMain implements Callable<Integer> {

    private final InputStream in;
    private final PrintStream out;

    ClassifyMain(InputStream in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    public static void main(String[] args) {
        PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        int code = new CommandLine(new ClassifyMain(System.in, stdout)).execute(args);
        stdout.flush();
        System.exit(code);
    }

    @Override
    public Integer call() {
        SentimentClassifier classifier = SentimentClassifier.load();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                out.println(line(classifier.classify(line), line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
        return 0;
    }

    /** {@code Positive<TAB>0.973<TAB>text}. */
    static String line(Sentiment sentiment, String text) {
        return sentiment.label() + "\t" + String.format(Locale.ROOT, "%.3f", sentiment.score()) + "\t" + text;
    }
}
