package io.kafkapipeline.stack.junit;

import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.cli.PipelineCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs {@code ./pipeline <args>} in-process against a test's stack (found through its state folder). */
public final class InProcessCli {

    /** The exit code and the standard output of one command. */
    public record Run(int exitCode, String out) {}

    private InProcessCli() {}

    /** One command; synchronized because it swaps {@code System.out} for the time of the run. */
    public static synchronized Run run(LocalStack stack, String... args) {
        Map<String, String> env = Map.of(
                "PIPELINE_HOME", stack.config().home().toString(),
                "PIPELINE_STATE_DIR", stack.config().stateDir().toString());
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            int code = PipelineCli.run(env, args);
            return new Run(code, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }
}
