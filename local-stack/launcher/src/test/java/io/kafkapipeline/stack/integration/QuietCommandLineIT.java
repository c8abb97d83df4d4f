package io.kafkapipeline.stack.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.stack.FreePorts;
import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.junit.LocalStackExtension;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./pipeline} as a user runs it (the script, a new JVM per command): against a stopped stack every command
 * answers at once with one line; against the running stack no library log line (Kafka clients, driver, netty)
 * reaches the terminal. Commands of other modules (consume, report, load, export) stop before their module runs
 * when the stack's servers do not answer, so they need no build here.
 */
@ExtendWith(LocalStackExtension.class)
class QuietCommandLineIT {

    private static final Path HOME = Path.of("../..").toAbsolutePath().normalize();
    private static final String NOT_RUNNING = "The local stack is not running (./pipeline up starts it)";

    @TempDir
    Path dir;

    record Run(int code, String out, String err, Duration took) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private static Run pipeline(Map<String, String> env, String stdin, String... args) throws Exception {
        List<String> command =
                new java.util.ArrayList<>(List.of(HOME.resolve("pipeline").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(HOME.toFile());
        for (String inherited : List.of(
                "KAFKA_PORT",
                "KAFKA_CONTROLLER_PORT",
                "CONNECT_PORT",
                "CASSANDRA_PORT",
                "CASSANDRA_STORAGE_PORT",
                "KAFKA_BROKER_URL",
                "CASSANDRA_HOST",
                "PIPELINE_STATE_DIR",
                "PIPELINE_LOG_FILE")) {
            builder.environment().remove(inherited);
        }
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        CompletableFuture<String> out = read(process.getInputStream());
        CompletableFuture<String> err = read(process.getErrorStream());
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("./pipeline " + String.join(" ", args) + " did not finish in 180 s");
        }
        return new Run(process.exitValue(), out.get(), err.get(), Duration.ofNanos(System.nanoTime() - start));
    }

    private static CompletableFuture<String> read(java.io.InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(unreadable: " + e + ")";
            }
        });
    }

    private Map<String, String> stoppedStack() {
        int[] ports = FreePorts.pick(5);
        Map<String, String> env = new HashMap<>();
        env.put("PIPELINE_HOME", HOME.toString());
        env.put("PIPELINE_STATE_DIR", dir.resolve("stopped").toString());
        env.put("KAFKA_PORT", Integer.toString(ports[0]));
        env.put("KAFKA_CONTROLLER_PORT", Integer.toString(ports[1]));
        env.put("CONNECT_PORT", Integer.toString(ports[2]));
        env.put("CASSANDRA_PORT", Integer.toString(ports[3]));
        env.put("CASSANDRA_STORAGE_PORT", Integer.toString(ports[4]));
        return env;
    }

    @Test
    void againstAStoppedStackEveryCommandAnswersAtOnceWithOneLine() throws Exception {
        Map<String, String> env = stoppedStack();
        String cassandra = "127.0.0.1:" + env.get("CASSANDRA_PORT");

        Run status = pipeline(env, "", "status");
        assertThat(status.out().lines()).containsExactly(NOT_RUNNING);
        assertThat(status.err()).isEmpty();
        assertThat(status.code()).isEqualTo(3);
        System.out.println("status on a stopped stack took " + status.took().toMillis() + " ms");
        assertThat(status.took())
                .as("no client waits for servers that are not there (the old status took 32 s)")
                .isLessThan(Duration.ofSeconds(15));

        for (Run cql :
                List.of(pipeline(env, "", "cql", "SELECT * FROM weatherreport"), pipeline(env, "SELECT 1;", "cql"))) {
            assertThat(cql.errLines())
                    .containsExactly("error: Cassandra does not answer at " + cassandra
                            + ": the local stack is not running (./pipeline up starts it)");
            assertThat(cql.code()).isEqualTo(1);
            assertThat(cql.out()).isEmpty();
        }

        Run consume = pipeline(env, "", "consume", "--topic", "weather", "--max", "1");
        assertThat(consume.errLines())
                .containsExactly("error: Kafka does not answer at 127.0.0.1:" + env.get("KAFKA_PORT")
                        + ": the local stack is not running (./pipeline up starts it; KAFKA_BROKER_URL names another)");
        assertThat(consume.code()).isEqualTo(1);

        Path csv = Files.writeString(dir.resolve("w.csv"), "location,forecastdate\nHanoi,2021-10-07T00:00:00Z\n");
        for (Run dataVis : List.of(
                pipeline(env, "", "report"),
                pipeline(env, "", "export", "weatherreport"),
                pipeline(env, "", "load", "weatherreport", csv.toString()))) {
            assertThat(dataVis.errLines())
                    .containsExactly(
                            "error: Cassandra does not answer at " + cassandra
                                    + ": the local stack is not running (./pipeline up starts it; CASSANDRA_HOST names another)");
            assertThat(dataVis.code()).isEqualTo(1);
        }

        Run down = pipeline(env, "", "down");
        assertThat(down.out().lines()).containsExactly("The local stack is not running.");
        assertThat(down.err()).isEmpty();
    }

    @Test
    void againstTheRunningStackLibraryLogsStayOffTheTerminal(LocalStack stack) throws Exception {
        Map<String, String> env = Map.of(
                "PIPELINE_HOME", HOME.toString(),
                "PIPELINE_STATE_DIR", stack.config().stateDir().toString());

        Run status = pipeline(env, "", "status");
        assertThat(status.err()).isEmpty();
        assertThat(status.out()).contains("PROCESS", "kafka", "cassandra", "connect", "TOPIC");

        Run cql = pipeline(env, "", "cql", "SELECT release_version FROM system.local");
        assertThat(cql.err()).isEmpty();
        assertThat(cql.out()).contains("release_version", "(1 rows)");
        assertThat(cql.code()).isZero();

        Run script = pipeline(env, "USE kafkapipeline;\nDESCRIBE TABLES\nSELECT nope FROM fakerdata;\n", "cql");
        assertThat(script.errLines())
                .containsExactly("error: stdin:3: Undefined column name nope in table kafkapipeline.fakerdata");
        assertThat(script.out()).contains("weatherreport");

        Run up = pipeline(env, "", "up", "-d");
        assertThat(up.errLines()).hasSize(1).allMatch(l -> l.startsWith("error: The local stack of "));
        assertThat(up.code()).isEqualTo(1);

        int[] nothing = FreePorts.pick(2);
        Run remote = pipeline(
                env,
                "",
                "status",
                "--bootstrap-servers",
                "127.0.0.1:" + nothing[0],
                "--connect-url",
                "http://127.0.0.1:" + nothing[1],
                "--cassandra",
                "127.0.0.1:" + stack.cassandraPort(),
                "--timeout",
                "2");
        assertThat(remote.err()).isEmpty();
        assertThat(remote.out())
                .contains("! Kafka does not answer at 127.0.0.1:" + nothing[0])
                .contains("! Kafka Connect does not answer at http://127.0.0.1:" + nothing[1])
                .doesNotContain("! Cassandra");
        assertThat(remote.code()).isEqualTo(3);
        assertThat(stack.config().stateDir().resolve("logs/cli.log")).exists();
    }
}
