package io.kafkapipeline.stack.cli;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.ColumnDefinition;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import io.kafkapipeline.cassandra.CqlSessions;
import io.kafkapipeline.stack.StackConfig;
import io.kafkapipeline.stack.StackException;
import io.kafkapipeline.stack.StackState;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./pipeline cql "SELECT ..."}: runs one CQL statement against the local node, printed like cqlsh. */
@Command(
        name = "cql",
        mixinStandardHelpOptions = true,
        description = "Run a CQL statement against the local Cassandra node and print the rows.")
final class CqlCommand implements Callable<Integer> {

    @Parameters(
            arity = "1..*",
            paramLabel = "CQL",
            description = "The statement, e.g. \"SELECT * FROM kafkapipeline.weatherreport LIMIT 5\"")
    List<String> words;

    @Option(
            names = {"-k", "--keyspace"},
            defaultValue = "kafkapipeline",
            description = "Keyspace for unqualified table names (default: ${DEFAULT-VALUE}).")
    String keyspace;

    @Override
    public Integer call() {
        StackConfig base = PipelineCli.EnvHolder.config();
        StackConfig config = StackState.running(base).orElse(base);
        String cql = String.join(" ", words).strip();
        if (cql.endsWith(";")) {
            cql = cql.substring(0, cql.length() - 1);
        }
        CqlSession session;
        try {
            session = CqlSessions.open("127.0.0.1", config.cassandraPort());
        } catch (RuntimeException e) {
            throw new StackException(
                    "Cassandra does not answer on 127.0.0.1:" + config.cassandraPort()
                            + " (is the stack up? ./pipeline status): " + e.getMessage(),
                    e);
        }
        try (session) {
            session.execute("USE " + keyspace);
            print(session.execute(cql), System.out);
        } catch (RuntimeException e) {
            throw new StackException("CQL failed: " + e.getMessage(), e);
        }
        return 0;
    }

    static void print(ResultSet rs, PrintStream out) {
        List<String> header = new ArrayList<>();
        for (ColumnDefinition c : rs.getColumnDefinitions()) {
            header.add(c.getName().asCql(true));
        }
        if (header.isEmpty()) {
            out.println("OK");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Row row : rs) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                Object v = row.getObject(i);
                cells.add(v == null ? "null" : v.toString().replace("\n", "\\n"));
            }
            rows.add(cells);
        }
        int[] width = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            width[i] = header.get(i).length();
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        out.println(line(header, width));
        StringBuilder sep = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            sep.append(i == 0 ? "" : "+").append("-".repeat(width[i] + 2));
        }
        out.println(sep);
        for (List<String> r : rows) {
            out.println(line(r, width));
        }
        out.println();
        out.println("(" + rows.size() + " rows)");
    }

    private static String line(List<String> cells, int[] width) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            s.append(i == 0 ? " " : " | ").append(String.format("%-" + width[i] + "s", cells.get(i)));
        }
        return s.toString().stripTrailing();
    }
}
