package io.kafkapipeline.stack.cli;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import io.kafkapipeline.cassandra.CqlSessions;
import io.kafkapipeline.common.cassandra.CassandraConfig;
import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.config.Env;
import io.kafkapipeline.stack.FreePorts;
import io.kafkapipeline.stack.StackConfig;
import io.kafkapipeline.stack.StackException;
import io.kafkapipeline.stack.StackState;
import io.kafkapipeline.stack.cql.CqlShell;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./pipeline cql}: CQL against the local node (or {@code --cassandra host:port}). With a statement, runs it
 * and prints the rows like cqlsh; with {@code -f FILE} or statements on stdin, runs them as a script that stops at
 * the first error; on a terminal with neither, opens the interactive shell ({@link CqlShell}).
 */
@Command(
        name = "cql",
        mixinStandardHelpOptions = true,
        description = {
            "CQL against the local Cassandra node: a statement, a script, or an interactive shell like cqlsh.",
            "",
            "  ./pipeline cql                         interactive shell (HELP lists its commands)",
            "  ./pipeline cql \"SELECT * FROM weatherreport LIMIT 5\"",
            "  ./pipeline cql -f checks.cql           a script: stops at the first error, naming its line",
            "  echo 'SELECT * FROM fakerdata;' | ./pipeline cql",
            "",
            "Another node: --cassandra host:port, with CASSANDRA_USERNAME and CASSANDRA_PASSWORD (or their _FILE",
            "variants) and CASSANDRA_LOCAL_DC from the environment."
        })
final class CqlCommand implements Callable<Integer> {

    @Parameters(
            arity = "0..*",
            paramLabel = "CQL",
            description = "A statement, e.g. \"SELECT * FROM kafkapipeline.weatherreport LIMIT 5\"")
    List<String> words = List.of();

    @Option(
            names = {"-f", "--file"},
            paramLabel = "FILE",
            description = "Run the statements of FILE; stop at the first error.")
    Path file;

    @Option(
            names = {"-k", "--keyspace"},
            defaultValue = "kafkapipeline",
            description = "Keyspace in use at the start (default: ${DEFAULT-VALUE}; USE changes it).")
    String keyspace;

    @Option(
            names = "--cassandra",
            paramLabel = "HOST:PORT",
            description = "Another Cassandra node instead of the local stack's.")
    String cassandra;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "5",
            description = "How long to wait for that node to answer (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    /** The terminal of the interactive shell; tests put a JLine test terminal here. */
    static volatile Terminal terminalForTests;

    @Override
    public Integer call() throws IOException {
        StackConfig base = PipelineCli.EnvHolder.config();
        StackConfig config = StackState.running(base).orElse(base);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = PipelineCli.EnvHolder.err();
        String cql = String.join(" ", words).strip();
        try (CqlSession session = connect(config)) {
            useKeyspace(session);
            if (!cql.isEmpty()) {
                return oneShot(session, new CqlShell(session, out, err), cql, out);
            }
            if (file != null) {
                try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    return new CqlShell(session, out, err).script(in, file.toString());
                } catch (NoSuchFileException e) {
                    throw new StackException("no such file: " + file);
                }
            }
            if (terminalForTests == null && System.console() == null) {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                return new CqlShell(session, out, err).script(in, "stdin");
            }
            Path history = config.stateDir().resolve("cql_history");
            Files.createDirectories(history.getParent());
            if (terminalForTests != null) {
                return new CqlShell(session, terminalForTests.writer(), err).interactive(terminalForTests, history);
            }
            try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
                return new CqlShell(session, terminal.writer(), err).interactive(terminal, history);
            }
        }
    }

    /** Today's {@code ./pipeline cql "..."}: one statement (a closing ';' is fine), printed as a table, or OK. */
    private static int oneShot(CqlSession session, CqlShell shell, String cql, PrintWriter out) {
        String statement = cql.endsWith(";") ? cql.substring(0, cql.length() - 1) : cql;
        ResultSet rs;
        try {
            rs = session.execute(statement);
        } catch (DriverException e) {
            throw new StackException("CQL failed: " + CqlSessions.firstLine(e.getMessage()), e);
        }
        if (rs.getColumnDefinitions().size() == 0) {
            out.println("OK");
        } else {
            shell.print(rs, false);
        }
        out.flush();
        return 0;
    }

    /** Starts in the keyspace of -k if it exists (a node without the schema starts without one). */
    private void useKeyspace(CqlSession session) {
        if (keyspace == null || keyspace.isBlank()) {
            return;
        }
        Optional<?> exists = session.getMetadata().getKeyspace(CqlIdentifier.fromCql(keyspace));
        if (exists.isPresent()) {
            session.execute("USE " + CqlIdentifier.fromCql(keyspace).asCql(true));
        }
    }

    /**
     * A session to the local node, or to {@code --cassandra} with the credentials of the environment. A node that
     * does not accept connections is one line at once, before any driver is started.
     */
    private CqlSession connect(StackConfig config) {
        Config client = CassandraConfig.definition().parse(Env.of(PipelineCli.EnvHolder.env));
        String host = "127.0.0.1";
        int port = config.cassandraPort();
        Duration wait = Duration.ofSeconds(1);
        if (cassandra != null) {
            int colon = cassandra.lastIndexOf(':');
            host = colon < 0 ? cassandra : cassandra.substring(0, colon).replaceAll("^\\[|\\]$", "");
            try {
                port = colon < 0 ? 9042 : Integer.parseInt(cassandra.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new StackException("--cassandra takes HOST:PORT, not '" + cassandra + "'");
            }
            wait = Duration.ofSeconds(Math.max(1, timeoutSeconds));
        }
        if (!FreePorts.accepts(host, port, wait)) {
            throw new StackException("Cassandra does not answer at " + CqlSessions.address(host, port)
                    + (cassandra == null ? ": the local stack is not running (./pipeline up starts it)" : ""));
        }
        Optional<CassandraConfig.Credentials> credentials =
                cassandra == null ? Optional.empty() : CassandraConfig.credentials(client);
        return CqlSessions.open(
                host,
                port,
                cassandra == null ? CqlSessions.DEFAULT_LOCAL_DC : client.get(CassandraConfig.LOCAL_DC),
                credentials.map(CassandraConfig.Credentials::username).orElse(null),
                credentials.map(CassandraConfig.Credentials::password).orElse(null),
                true);
    }
}
