package io.kafkapipeline.stack.cql;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.metadata.schema.KeyspaceMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.TableMetadata;
import io.kafkapipeline.cassandra.CqlSessions;
import io.kafkapipeline.common.cli.CliErrors;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * A CQL shell in the cqlsh style on one shared session: CQL statements ended by {@code ;} (across lines), the shell
 * commands {@code USE}, {@code DESCRIBE KEYSPACES|TABLES|KEYSPACE x|TABLE x} (from the driver's schema metadata),
 * {@code EXPAND ON|OFF}, {@code PAGING ON|OFF|N}, {@code CONSISTENCY [level]}, {@code SOURCE 'file'}, {@code HELP},
 * {@code EXIT}/{@code QUIT}. Interactive on a JLine terminal (prompt with the current keyspace, history), or as a
 * script that stops at the first error and names its line.
 */
public final class CqlShell {

    /** cqlsh's default page size when paging is on. */
    static final int DEFAULT_PAGE_SIZE = 100;

    private static final String HELP = String.join(
            "\n",
            "CQL statements end with ';' and may span lines. Shell commands (';' optional):",
            "  USE <keyspace>                      tables without a keyspace are looked up there",
            "  DESCRIBE KEYSPACES | TABLES         names, from the driver's schema metadata",
            "  DESCRIBE KEYSPACE <ks> | TABLE <t>  the CREATE statements (also DESC <name>)",
            "  EXPAND [ON|OFF]                     one block per row instead of a table",
            "  PAGING [ON|OFF|<rows>]              rows per page; interactive: ---MORE--- between pages",
            "  CONSISTENCY [<level>]               ONE, QUORUM, ALL, LOCAL_QUORUM, ...",
            "  SOURCE '<file>'                     run the statements of a file",
            "  HELP                                this text",
            "  EXIT | QUIT | Ctrl-D                leave the shell");

    private final CqlSession session;
    private final PrintWriter out;
    private final PrintWriter err;
    private final ResultPrinter printer;
    private boolean expand;
    private int pageSize;
    private ConsistencyLevel consistency = DefaultConsistencyLevel.ONE;
    private BooleanSupplier nextPage = () -> true;

    /** A shell on {@code session} (owned by the caller); paging off, as for scripts. */
    public CqlShell(CqlSession session, PrintWriter out, PrintWriter err) {
        this.session = session;
        this.out = out;
        this.err = err;
        this.printer = new ResultPrinter(out);
    }

    /** The prompt: {@code cqlsh:<keyspace>> }, or {@code cqlsh> } without a keyspace. */
    public String prompt() {
        return session.getKeyspace().map(k -> "cqlsh:" + k.asCql(true) + "> ").orElse("cqlsh> ");
    }

    /**
     * Reads statements from the terminal until EXIT, QUIT or Ctrl-D, with line editing and the history kept in
     * {@code history}; an error is printed and the shell goes on. Returns the exit code (0).
     */
    public int interactive(Terminal terminal, Path history) {
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("cql")
                .variable(LineReader.HISTORY_FILE, history)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "   ... ")
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
        pageSize = DEFAULT_PAGE_SIZE;
        nextPage = () -> {
            try {
                reader.readLine("---MORE---");
                return true;
            } catch (UserInterruptException | EndOfFileException e) {
                return false;
            }
        };
        out.println("Connected to Cassandra. Statements end with ';'. HELP for the shell's commands, EXIT to leave.");
        out.flush();
        StatementBuffer buffer = new StatementBuffer();
        while (true) {
            String line;
            try {
                line = reader.readLine(buffer.isBlank() ? prompt() : "   ... ");
            } catch (UserInterruptException e) {
                buffer = new StatementBuffer(); // Ctrl-C drops the half-typed statement
                continue;
            } catch (EndOfFileException e) {
                out.println();
                out.flush();
                return 0;
            }
            for (StatementBuffer.Statement statement : buffer.add(line)) {
                try {
                    if (!execute(statement.text())) {
                        return 0;
                    }
                } catch (ShellException e) {
                    err.println(CliErrors.line(e.getMessage()));
                    err.flush();
                }
            }
        }
    }

    /**
     * Runs the statements of a script in order and stops at the first error, printed as
     * {@code error: <source>:<line>: <message>}. Returns 0, or 1 after an error.
     */
    public int script(BufferedReader in, String source) {
        try {
            return runScript(in, source) ? 0 : 1;
        } catch (ShellException e) {
            err.println(CliErrors.line(e.getMessage()));
            err.flush();
            return 1;
        }
    }

    /** True when every statement ran (or EXIT); a failure is a ShellException naming source and line. */
    private boolean runScript(BufferedReader in, String source) {
        StatementBuffer buffer = new StatementBuffer();
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                for (StatementBuffer.Statement statement : buffer.add(line)) {
                    if (!executeAt(statement, source)) {
                        return true;
                    }
                }
            }
        } catch (IOException e) {
            throw new ShellException("cannot read " + source + ": " + e.getMessage());
        }
        StatementBuffer.Statement rest = buffer.rest();
        if (rest != null) {
            executeAt(rest, source);
        }
        return true;
    }

    private boolean executeAt(StatementBuffer.Statement statement, String source) {
        try {
            return execute(statement.text());
        } catch (ShellException e) {
            throw new ShellException(
                    e.nested ? e.getMessage() : source + ":" + statement.line() + ": " + e.getMessage(), true);
        }
    }

    /** Runs one statement or shell command; false for EXIT/QUIT. */
    public boolean execute(String statement) {
        String command = StatementBuffer.firstWord(statement);
        String argument = statement
                .strip()
                .substring(Math.min(statement.strip().length(), command.length()))
                .strip();
        switch (command) {
            case "EXIT", "QUIT" -> {
                return false;
            }
            case "HELP", "?" -> out.println(HELP);
            case "DESCRIBE", "DESC" -> describe(argument);
            case "EXPAND" -> expand(argument);
            case "PAGING" -> paging(argument);
            case "CONSISTENCY" -> consistency(argument);
            case "SOURCE" -> source(argument);
            default -> cql(statement);
        }
        out.flush();
        return true;
    }

    /** Runs CQL and prints its rows (page by page when paging is on); a statement without rows prints nothing. */
    private void cql(String cql) {
        SimpleStatement statement = SimpleStatement.newInstance(cql).setConsistencyLevel(consistency);
        if (pageSize > 0) {
            statement = statement.setPageSize(pageSize);
        }
        ResultSet rs;
        try {
            rs = session.execute(statement);
        } catch (DriverException e) {
            throw new ShellException(CqlSessions.firstLine(e.getMessage()));
        }
        print(rs, pageSize > 0);
    }

    /**
     * Prints a result (as {@code ./pipeline cql "..."} and the shell do); nothing for a statement without rows. By
     * page: one table per page as the driver fetched it, asking before the next one (interactive: ---MORE---).
     */
    public void print(ResultSet rs, boolean byPage) {
        List<String> header = ResultPrinter.header(rs.getColumnDefinitions());
        if (header.isEmpty()) {
            return;
        }
        long count = 0;
        while (true) {
            List<List<String>> block = new ArrayList<>();
            Row first = rs.one(); // fetches the next page when this one is done
            if (first != null) {
                block.add(ResultPrinter.cells(first, header.size()));
                int rest = byPage ? rs.getAvailableWithoutFetching() : Integer.MAX_VALUE;
                for (Row row = rest > 0 ? rs.one() : null; row != null; row = --rest > 0 ? rs.one() : null) {
                    block.add(ResultPrinter.cells(row, header.size()));
                }
            }
            if (!block.isEmpty() || count == 0) {
                if (expand) {
                    printer.expanded(header, block, (int) count + 1);
                } else {
                    printer.table(header, block);
                }
            }
            count += block.size();
            boolean more = byPage && (!rs.isFullyFetched() || rs.getAvailableWithoutFetching() > 0);
            if (block.isEmpty() || !more || !nextPage.getAsBoolean()) {
                break;
            }
        }
        printer.count(count);
    }

    private void describe(String argument) {
        session.refreshSchema();
        String[] words = argument.isEmpty() ? new String[0] : argument.split("\\s+", 2);
        String what = words.length == 0 ? "" : words[0].toUpperCase(Locale.ROOT);
        String name = words.length > 1 ? words[1].strip() : "";
        switch (what) {
            case "KEYSPACES" -> out.println(String.join("  ", keyspaceNames()));
            case "TABLES" -> tables();
            case "KEYSPACE" ->
                out.println(keyspace(name.isEmpty() ? currentKeyspace() : name).describeWithChildren(true));
            case "TABLE", "COLUMNFAMILY" -> out.println(table(name).describe(true));
            case "" -> throw new ShellException("DESCRIBE what? KEYSPACES, TABLES, KEYSPACE <name> or TABLE <name>");
            default -> {
                Optional<KeyspaceMetadata> ks = session.getMetadata().getKeyspace(CqlIdentifier.fromCql(argument));
                out.println(
                        ks.isPresent()
                                ? ks.get().describeWithChildren(true)
                                : table(argument).describe(true));
            }
        }
    }

    private List<String> keyspaceNames() {
        return session.getMetadata().getKeyspaces().keySet().stream()
                .map(k -> k.asCql(true))
                .sorted()
                .toList();
    }

    private void tables() {
        Optional<CqlIdentifier> current = session.getKeyspace();
        List<String> keyspaces = current.map(k -> List.of(k.asCql(true))).orElseGet(this::keyspaceNames);
        for (String name : keyspaces) {
            KeyspaceMetadata ks = keyspace(name);
            List<String> tables = ks.getTables().keySet().stream()
                    .map(t -> t.asCql(true))
                    .sorted()
                    .toList();
            if (current.isEmpty()) {
                out.println();
                out.println("Keyspace " + name);
                out.println("-".repeat(9 + name.length()));
            }
            out.println(tables.isEmpty() ? "<empty>" : String.join("  ", tables));
        }
    }

    private String currentKeyspace() {
        return session.getKeyspace()
                .map(k -> k.asCql(true))
                .orElseThrow(() -> new ShellException("no keyspace in use: DESCRIBE KEYSPACE <name>, or USE one"));
    }

    private KeyspaceMetadata keyspace(String name) {
        return session.getMetadata()
                .getKeyspace(CqlIdentifier.fromCql(name))
                .orElseThrow(() -> new ShellException("keyspace '" + name + "' not found (DESCRIBE KEYSPACES)"));
    }

    private TableMetadata table(String qualified) {
        int dot = qualified.indexOf('.');
        String ks = dot < 0 ? currentKeyspace() : qualified.substring(0, dot);
        String table = dot < 0 ? qualified : qualified.substring(dot + 1);
        return keyspace(ks)
                .getTable(CqlIdentifier.fromCql(table))
                .orElseThrow(() ->
                        new ShellException("table '" + table + "' not found in keyspace " + ks + " (DESCRIBE TABLES)"));
    }

    private void expand(String argument) {
        switch (argument.toUpperCase(Locale.ROOT)) {
            case "" ->
                out.println("Expanded output is currently "
                        + (expand ? "enabled. Use EXPAND OFF to disable" : "disabled. Use EXPAND ON to enable."));
            case "ON" -> {
                expand = true;
                out.println("Now Expanded output is enabled");
            }
            case "OFF" -> {
                expand = false;
                out.println("Disabled Expanded output.");
            }
            default -> throw new ShellException("EXPAND takes ON or OFF, not '" + argument + "'");
        }
    }

    private void paging(String argument) {
        String upper = argument.toUpperCase(Locale.ROOT);
        if (upper.isEmpty()) {
            out.println(
                    pageSize > 0
                            ? "Query paging is currently enabled. Use PAGING OFF to disable\nPage size: " + pageSize
                            : "Query paging is currently disabled. Use PAGING ON to enable.");
        } else if (upper.equals("ON")) {
            pageSize = DEFAULT_PAGE_SIZE;
            out.println("Now Query paging is enabled\nPage size: " + pageSize);
        } else if (upper.equals("OFF")) {
            pageSize = 0;
            out.println("Disabled Query paging.");
        } else if (upper.matches("\\d{1,7}") && Integer.parseInt(upper) > 0) {
            pageSize = Integer.parseInt(upper);
            out.println("Page size: " + pageSize);
        } else {
            throw new ShellException("PAGING takes ON, OFF or a number of rows, not '" + argument + "'");
        }
    }

    private void consistency(String argument) {
        if (argument.isEmpty()) {
            out.println("Current consistency level is " + consistency.name() + ".");
            return;
        }
        try {
            consistency = DefaultConsistencyLevel.valueOf(argument.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ShellException("unknown consistency level '" + argument + "' (ONE, QUORUM, ALL, LOCAL_ONE,"
                    + " LOCAL_QUORUM, EACH_QUORUM, TWO, THREE, ANY)");
        }
        out.println("Consistency level set to " + consistency.name() + ".");
    }

    private void source(String argument) {
        String name = argument.replaceAll("^['\"]|['\"]$", "");
        if (name.isEmpty()) {
            throw new ShellException("SOURCE needs a file: SOURCE 'file.cql'");
        }
        Path file = Path.of(name);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            runScript(in, name);
        } catch (NoSuchFileException e) {
            throw new ShellException("no such file: " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A statement or command that failed; the message is one line for the user. */
    static final class ShellException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final boolean nested;

        ShellException(String message) {
            this(message, false);
        }

        ShellException(String message, boolean nested) {
            super(message);
            this.nested = nested;
        }
    }
}
