package io.kafkapipeline.e2e.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.junit.LocalStackExtension;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands {@code ./pipeline} runs from other modules (consume, classify, export, load, report), through the real script
 * against the running pipeline: results on stdout, and on stderr nothing but the command's own one-line error; the
 * log lines of the Kafka clients and the Cassandra driver go to {@code .pipeline/logs/cli.log}.
 */
@ExtendWith(LocalStackExtension.class)
class CommandLineIT {

    private static final Path HOME = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    private Run pipeline(LocalStack stack, String... args) throws Exception {
        return pipelineWithInput(stack, "", args);
    }

    /** {@code ./pipeline args} with {@code input} on its stdin. */
    private Run pipelineWithInput(LocalStack stack, String input, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(HOME.resolve("pipeline").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        for (String inherited : List.of("KAFKA_BROKER_URL", "CASSANDRA_HOST", "CASSANDRA_PORT", "PIPELINE_LOG_FILE")) {
            builder.environment().remove(inherited);
        }
        builder.environment()
                .putAll(Map.of(
                        "PIPELINE_HOME", HOME.toString(),
                        "PIPELINE_STATE_DIR", stack.config().stateDir().toString()));
        Process process = builder.start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        CompletableFuture<String> out = read(process.getInputStream());
        CompletableFuture<String> err = read(process.getErrorStream());
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("./pipeline " + String.join(" ", args) + " did not finish in 180 s");
        }
        return new Run(process.exitValue(), out.get(), err.get());
    }

    private static CompletableFuture<String> read(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(unreadable: " + e + ")";
            }
        });
    }

    @Test
    void commandsOfOtherModulesPrintResultsAndNoLibraryLogLine(LocalStack stack) throws Exception {
        await("a weather record in the table")
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> stack.cqlSession()
                                .execute("SELECT COUNT(*) FROM kafkapipeline.weatherreport")
                                .one()
                                .getLong(0)
                        > 0);

        Run consume = pipeline(stack, "consume", "--topic", "weather", "--from-beginning", "--max", "1");
        assertThat(consume.err()).isEmpty();
        assertThat(consume.out()).containsAnyOf("Hanoi", "Ho Chi Minh City");
        assertThat(consume.code()).isZero();

        Run classify = pipelineWithInput(stack, "What a great launch, I love it\nThis is awful\n", "classify");
        assertThat(classify.err()).isEmpty();
        assertThat(classify.out().lines())
                .as("stdin reaches the module's main through ./pipeline")
                .hasSize(2)
                .first()
                .asString()
                .matches("Positive\t(0\\.[5-9]\\d{2}|1\\.000)\tWhat a great launch, I love it");
        assertThat(classify.code()).isZero();

        Run export = pipeline(stack, "export", "weatherreport");
        assertThat(export.err().lines())
                .as("the CSV goes to stdout, the command's own count to stderr, nothing else")
                .singleElement()
                .asString()
                .matches("Exported \\d+ rows of kafkapipeline.weatherreport");
        assertThat(export.out()).startsWith("location,forecastdate");
        assertThat(export.code()).isZero();

        Run report = pipeline(stack, "report", "--out", dir.resolve("report").toString());
        assertThat(report.err()).isEmpty();
        assertThat(dir.resolve("report/index.html")).exists();
        assertThat(report.code()).isZero();

        Path csv = Files.writeString(
                dir.resolve("bad.csv"), "location,forecastdate,rainfall\nHanoi,2021-10-07T00:00:00Z,3\n");
        Run load = pipeline(stack, "load", "weatherreport", csv.toString());
        assertThat(load.err().lines()).hasSize(1).allMatch(line -> line.startsWith("error: bad.csv header: "));
        assertThat(load.code()).isEqualTo(1);

        Run usage = pipeline(stack, "load", "weatherreport");
        assertThat(usage.err().lines().toList())
                .startsWith(
                        "error: Missing required parameter: '<file.csv>'",
                        "Usage: pipeline load [-h] <table> <file.csv>");
        assertThat(usage.code()).isEqualTo(2);

        assertThat(stack.config().stateDir().resolve("logs/cli.log")).exists();
    }
}
