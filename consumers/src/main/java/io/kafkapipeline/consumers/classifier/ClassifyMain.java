package io.kafkapipeline.consumers.classifier;

import io.kafkapipeline.common.cli.CliErrors;
import io.kafkapipeline.common.cli.LibraryLogs;
import io.kafkapipeline.sentiment.model.Sentiment;
import io.kafkapipeline.sentiment.model.SentimentClassifier;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(ClassifyMain.class);

    private final InputStream in;
    private final PrintStream out;

    ClassifyMain(InputStream in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    public static void main(String[] args) {
        PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        // Library log lines go to PIPELINE_LOG_FILE (./pipeline sets it); the terminal keeps the error line.
        PrintStream err = LibraryLogs.fromEnvironment(System.getenv());
        System.exit(execute(System.in, stdout, err, args));
    }

    /**
     * Runs one command line on {@code in}; returns the exit code. Errors are one line {@code error: ...} on {@code err}
     * (exit code 1; usage errors 2), as every command of {@code ./pipeline}.
     */
    static int execute(InputStream in, PrintStream out, PrintStream err, String... args) {
        CommandLine cl = new CommandLine(new ClassifyMain(in, out));
        // Run by ./pipeline, usage lines name the command as the user typed it.
        cl.setCommandName(System.getProperty("kafkapipeline.cli.name", "classify"));
        cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setParameterExceptionHandler(CliErrors.usageErrors());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            log.debug("classify failed", e);
            CliErrors.print(cmd.getErr(), e.getMessage() == null ? e.toString() : e.getMessage());
            return CliErrors.EXIT_FAILED;
        });
        int code = cl.execute(args);
        out.flush();
        return code;
    }

    @Override
    public Integer call() {
        SentimentClassifier classifier = SentimentClassifier.load();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                out.println(line(classifier.classify(line), line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stdin: " + e.getMessage(), e);
        }
        out.flush();
        return 0;
    }

    /** {@code Positive<TAB>0.973<TAB>text}. */
    static String line(Sentiment sentiment, String text) {
        return sentiment.label() + "\t" + String.format(Locale.ROOT, "%.3f", sentiment.score()) + "\t" + text;
    }
}
