package io.kafkapipeline.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ConsoleMainTest {

    private final StringWriter err = new StringWriter();

    @Test
    void aBadSettingIsOneErrorLineNamingItWithExitCode1() {
        int code = run(Map.of("CONSOLE_PAGE_SIZE", "0"));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("error: Invalid CONSOLE_PAGE_SIZE='0': must be between 1 and 500\n");
    }

    @Test
    void aCassandraUserWithoutItsPasswordFailsAtStartNamingTheMissingSetting() {
        int code = run(Map.of("CASSANDRA_USERNAME", "kafkapipeline"));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("error: CASSANDRA_USERNAME is set but CASSANDRA_PASSWORD is not\n");
    }

    @Test
    void aMistypedOptionIsAnErrorLineAndTheSynopsisWithExitCode2() {
        int code = run(Map.of(), "--prot", "9001");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString())
                .startsWith("error: Unknown options: '--prot', '9001'")
                .contains("Usage: console");
    }

    private int run(Map<String, String> env, String... args) {
        CommandLine cli = ConsoleMain.commandLine(env);
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
