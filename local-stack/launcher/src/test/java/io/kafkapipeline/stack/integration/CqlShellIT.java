package io.kafkapipeline.stack.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.cassandra.Schema;
import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.cli.PipelineCli;
import io.kafkapipeline.stack.junit.LocalStackExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./pipeline cql} as cqlsh users type it: a script on stdin or in a file, and the interactive shell. */
@ExtendWith(LocalStackExtension.class)
class CqlShellIT {

    /** Five rows of one partition, then paging by 2, then an error on line 11 and a line that must not run. */
    private static final String SCRIPT = String.join(
            "\n",
            "USE kafkapipeline;",
            "DESCRIBE TABLES",
            "INSERT INTO weatherreport (location, forecastdate, temp) VALUES ('CqlShellIT', '2021-10-07T01:00:00Z', 1.0);",
            "INSERT INTO weatherreport (location, forecastdate, temp) VALUES ('CqlShellIT', '2021-10-07T02:00:00Z', 2.0);",
            "INSERT INTO weatherreport (location, forecastdate, temp) VALUES ('CqlShellIT', '2021-10-07T03:00:00Z', 3.0);",
            "INSERT INTO weatherreport (location, forecastdate, temp) VALUES ('CqlShellIT', '2021-10-07T04:00:00Z', 4.0);",
            "INSERT INTO weatherreport (location, forecastdate, temp) VALUES ('CqlShellIT', '2021-10-07T05:00:00Z', 5.0);",
            "PAGING 2",
            "SELECT forecastdate, temp FROM weatherreport",
            "  WHERE location = 'CqlShellIT';",
            "SELECT nope FROM weatherreport;",
            "SELECT 'never' FROM weatherreport;",
            "");

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    private static Map<String, String> env(LocalStack stack) {
        return Map.of(
                "PIPELINE_HOME", stack.config().home().toString(),
                "PIPELINE_STATE_DIR", stack.config().stateDir().toString());
    }

    private static synchronized Run cql(LocalStack stack, InputStream stdin, String... args) {
        PrintStream originalOut = System.out;
        InputStream originalIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setIn(stdin);
            String[] all = new String[args.length + 1];
            all[0] = "cql";
            System.arraycopy(args, 0, all, 1, args.length);
            int code = PipelineCli.run(env(stack), new PrintStream(err, true, StandardCharsets.UTF_8), all);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setIn(originalIn);
        }
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void aScriptOnStdinRunsUseDescribeAndPagingAndStopsAtTheFirstErrorNamingItsLine(LocalStack stack) {
        Run run = cql(stack, new ByteArrayInputStream(SCRIPT.getBytes(StandardCharsets.UTF_8)));

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().lines())
                .containsExactly("error: stdin:11: Undefined column name nope in table kafkapipeline.weatherreport");
        assertThat(run.out())
                .as("DESCRIBE TABLES: every table of the schema, sorted")
                .contains(String.join("  ", new TreeSet<>(Schema.tableNames())), "Page size: 2", "(5 rows)");
        assertThat(count(run.out(), " forecastdate"))
                .as("one table per page of 2: 2 + 2 + 1 rows")
                .isEqualTo(3);
        assertThat(run.out()).doesNotContain("never");
    }

    @Test
    void aScriptFileStopsAtTheFirstErrorNamingTheFileAndLine(LocalStack stack) throws Exception {
        Path file = Files.writeString(dir.resolve("checks.cql"), SCRIPT);

        Run run = cql(stack, new ByteArrayInputStream(new byte[0]), "-f", file.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("error: " + file + ":11: Undefined column name nope in table kafkapipeline.weatherreport"
                        + System.lineSeparator());
        assertThat(run.out()).contains("(5 rows)");
    }

    @Test
    void theInteractiveShellPromptsWithTheKeyspacePagesWithMoreAndGoesOnAfterAnError(LocalStack stack)
            throws Exception {
        cql(stack, new ByteArrayInputStream(SCRIPT.getBytes(StandardCharsets.UTF_8))); // the five rows
        PipedOutputStream keys = new PipedOutputStream();
        PipedInputStream terminalIn = new PipedInputStream(keys, 64 * 1024);
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        String typed = String.join(
                "\n",
                "PAGING 2",
                "SELECT forecastdate, temp",
                "  FROM weatherreport WHERE location = 'CqlShellIT';",
                "", // ---MORE---: page 2
                "", // ---MORE---: page 3
                "SELECT nope FROM weatherreport;",
                "EXPAND ON",
                "SELECT temp FROM weatherreport WHERE location = 'CqlShellIT' LIMIT 1;",
                "USE system;",
                "DESCRIBE KEYSPACES",
                "exit",
                "");
        keys.write(typed.getBytes(StandardCharsets.UTF_8));
        keys.close();
        Run run;
        try (DumbTerminal terminal = new DumbTerminal("test", "dumb", terminalIn, screen, StandardCharsets.UTF_8)) {
            PipelineCli.interactiveTerminal(terminal);
            run = cql(stack, new ByteArrayInputStream(new byte[0]));
        } finally {
            PipelineCli.interactiveTerminal(null);
        }
        String shown = screen.toString(StandardCharsets.UTF_8);

        assertThat(run.code()).isZero();
        assertThat(shown)
                .contains("cqlsh:kafkapipeline> ", "   ... ", "Page size: 2", "(5 rows)", "@ Row 1", "cqlsh:system> ")
                .contains("kafkapipeline  system  system_auth");
        assertThat(count(shown, "---MORE---")).isEqualTo(2);
        assertThat(run.err().lines())
                .containsExactly("error: Undefined column name nope in table kafkapipeline.weatherreport");
        assertThat(Files.readString(stack.config().stateDir().resolve("cql_history")))
                .as("history kept across sessions in the state folder")
                .contains("USE system;", "DESCRIBE KEYSPACES");
    }
}
