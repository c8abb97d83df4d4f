package io.kafkapipeline.cassandra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline's schema: the CQL files of {@code cassandra/schema/}, in the order they are applied, and the tables
 * they create, parsed once into {@link Table}s.
 *
 * <p>This is the only schema of the project. The local stack and the tests apply these statements through this
 * class (the files are packaged as classpath resources); the Docker schema job runs the same files with cqlsh. Code
 * that needs a table's columns, types or key asks {@link #table(String)} instead of writing them down again.
 * Every statement is idempotent ({@code IF NOT EXISTS}), so applying the schema at every start is safe.
 */
public final class Schema {

    /** Keyspace of every pipeline table (the schema files create it; a test keeps the two equal). */
    public static final String KEYSPACE = "kafkapipeline";

    /** The CQL files, applied in this order. A unit test keeps this list equal to the folder's content. */
    public static final List<String> FILES = List.of("001-keyspace.cql", "002-tables.cql");

    private static final String RESOURCE_DIR = "/io/kafkapipeline/cassandra/schema/";

    private static volatile List<Table> tables;

    private Schema() {}

    /** Every table the schema files create, in file order (the order of the data flow). */
    public static List<Table> tables() {
        List<Table> parsed = tables;
        if (parsed == null) {
            List<Table> list = new ArrayList<>();
            for (String statement : statements()) {
                TableParser.parse(statement).ifPresent(list::add);
            }
            parsed = List.copyOf(list);
            tables = parsed;
        }
        return parsed;
    }

    /** The names of {@link #tables()}, in order. */
    public static List<String> tableNames() {
        return tables().stream().map(Table::name).toList();
    }

    /**
     * The table of the pipeline's keyspace called {@code name}.
     *
     * @throws IllegalArgumentException naming the known tables when there is none of that name
     */
    public static Table table(String name) {
        return tables().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown table '" + name + "' (tables of the schema: "
                        + String.join(", ", tableNames()) + ")"));
    }

    /**
     * The schema's {@code CREATE TABLE} statement of {@code table}, creating {@code copy} in the same keyspace instead:
     * the same columns, types, key and options, as the schema file declares them. For tests that need an empty table
     * of the same shape beside the real one (no second {@code CREATE TABLE} written by hand).
     *
     * @throws IllegalArgumentException when there is no such table or {@code copy} is not a plain lower-case name
     */
    public static String createTableLike(String table, String copy) {
        Table original = table(table);
        String statement = statements().stream()
                .filter(s -> TableParser.parse(s).filter(original::equals).isPresent())
                .findFirst()
                .orElseThrow();
        return TableParser.renamed(statement, original.keyspace(), copy);
    }

    /** Every statement of every schema file, in order, without comments and without the closing semicolon. */
    public static List<String> statements() {
        List<String> statements = new ArrayList<>();
        for (String file : FILES) {
            statements.addAll(split(read(file)));
        }
        return statements;
    }

    /** The text of one schema file. */
    public static String read(String file) {
        try (InputStream in = Schema.class.getResourceAsStream(RESOURCE_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException(
                        "Schema file " + file + " is missing from the classpath (" + RESOURCE_DIR + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read schema file " + file, e);
        }
    }

    /**
     * Splits CQL text into statements at semicolons outside string literals, dropping {@code --} and {@code //}
     * line comments. Enough for DDL files; not a full CQL lexer (no block comments, no dollar-quoted strings).
     */
    static List<String> split(String cql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inString = false;
        for (String line : cql.split("\n", -1)) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\'') {
                    inString = !inString;
                } else if (!inString && (line.startsWith("--", i) || line.startsWith("//", i))) {
                    break;
                } else if (!inString && c == ';') {
                    addIfNotBlank(statements, current);
                    current.setLength(0);
                    continue;
                }
                current.append(c);
            }
            current.append('\n');
        }
        addIfNotBlank(statements, current);
        return statements;
    }

    private static void addIfNotBlank(List<String> statements, StringBuilder statement) {
        String text = statement.toString().strip();
        if (!text.isEmpty()) {
            statements.add(text.replaceAll("[ \\t]+\\n", "\n"));
        }
    }
}
