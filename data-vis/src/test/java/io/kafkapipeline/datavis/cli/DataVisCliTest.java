package io.kafkapipeline.datavis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CLI without Cassandra: arguments, help, and an unreachable node. The ITs run it against the real stack. */
class DataVisCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Map<String, String> env, String... args) {
        return new DataVisCli(env).execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void helpListsCommandsAndSettings() {
        assertThat(run(Map.of(), "--help")).isZero();
        assertThat(out.toString())
                .contains(
                        "load",
                        "export",
                        "report",
                        "CASSANDRA_HOST",
                        "[127.0.0.1]",
                        "CASSANDRA_PORT",
                        "[9042]",
                        "CASSANDRA_LOCAL_DC",
                        "[datacenter1]",
                        "CASSANDRA_PASSWORD_FILE");
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(run(Map.of())).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: Missing a command: load, export or report");
    }

    @Test
    void missingArgumentsAreUsageErrors() {
        assertThat(run(Map.of(), "load", "weatherreport")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter: '<file.csv>'");
        assertThat(run(Map.of(), "frobnicate")).isEqualTo(2);
    }

    @Test
    void badSettingIsOneLineNamingIt() {
        assertThat(run(Map.of("CASSANDRA_PORT", "nine"), "export", "weatherreport"))
                .isEqualTo(1);
        assertThat(err.toString())
                .isEqualTo("error: Invalid CASSANDRA_PORT='nine': is not a port number (1-65535)"
                        + System.lineSeparator());
    }

    @Test
    void unreachableCassandraIsOneLine() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertThat(run(Map.of("CASSANDRA_PORT", Integer.toString(port)), "export", "weatherreport"))
                .isEqualTo(1);
        assertThat(err.toString().lines())
                .containsExactly("error: cannot connect to Cassandra at 127.0.0.1:"
                        + port + ": no node answered (check CASSANDRA_HOST and CASSANDRA_PORT; ./pipeline up starts the"
                        + " local node)");
        assertThat(out.toString()).isEmpty();
    }
}
