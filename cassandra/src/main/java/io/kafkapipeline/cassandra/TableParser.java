package io.kafkapipeline.cassandra;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code CREATE TABLE} statement (comments already removed by {@link Schema#split}) into a {@link Table}.
 * Covers what a schema file of this project may contain: scalar column types, an inline {@code PRIMARY KEY} or a
 * {@code PRIMARY KEY ((partition columns), clustering columns)} clause, and any {@code WITH} options (ignored). Any
 * other shape fails with a message that names the table, so the schema cannot drift from what the model knows.
 */
final class TableParser {

    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?is)CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([^\\s(]+)\\s*(\\(.*)");
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z][a-z0-9_]{0,47}");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*|\"[^\"]+\"");

    private TableParser() {}

    /** The table a statement creates; empty for any other statement. */
    static Optional<Table> parse(String statement) {
        String text = statement.strip();
        if (!text.toUpperCase(Locale.ROOT).matches("(?s)CREATE\\s+TABLE\\s.*")) {
            return Optional.empty();
        }
        Matcher m = CREATE_TABLE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("Cannot read CREATE TABLE statement: " + firstLine(text));
        }
        String[] qualified = m.group(1).split("\\.");
        if (qualified.length != 2) {
            throw new IllegalArgumentException(
                    "Table " + m.group(1) + " must be qualified with its keyspace (keyspace.table)");
        }
        String keyspace = identifier(qualified[0], m.group(1));
        String name = identifier(qualified[1], m.group(1));
        String where = keyspace + "." + name;
        String definition = m.group(2);
        int close = closingParenthesis(definition, where);
        String options = definition.substring(close + 1).strip();
        if (!options.isEmpty() && !options.toUpperCase(Locale.ROOT).matches("(?s)WITH\\s.*")) {
            throw new IllegalArgumentException("Unexpected text after the columns of table " + where + ": " + options);
        }

        List<Column> columns = new ArrayList<>();
        List<String> partitionKey = new ArrayList<>();
        List<String> clustering = new ArrayList<>();
        for (String item : topLevelItems(body(definition.substring(1, close), where), where)) {
            if (item.toUpperCase(Locale.ROOT).startsWith("PRIMARY KEY")) {
                if (!partitionKey.isEmpty()) {
                    throw new IllegalArgumentException("Table " + where + " declares its primary key twice");
                }
                primaryKeyClause(item.substring("PRIMARY KEY".length()).strip(), where, partitionKey, clustering);
                continue;
            }
            String[] words = item.split("\\s+");
            if (words.length < 2) {
                throw new IllegalArgumentException("Column without a type in table " + where + ": '" + item + "'");
            }
            String column = identifier(words[0], where);
            CqlType type = CqlType.of(words[1])
                    .orElseThrow(() -> new IllegalArgumentException("Column " + column + " of table " + where
                            + " has type '" + words[1] + "', which the pipeline's model does not support"));
            String rest = String.join(" ", List.of(words).subList(2, words.length));
            if (rest.equalsIgnoreCase("PRIMARY KEY")) {
                if (!partitionKey.isEmpty()) {
                    throw new IllegalArgumentException("Table " + where + " declares its primary key twice");
                }
                partitionKey.add(column);
            } else if (!rest.isEmpty()) {
                throw new IllegalArgumentException(
                        "Column " + column + " of table " + where + ": unsupported option '" + rest + "'");
            }
            columns.add(new Column(column, type));
        }
        return Optional.of(new Table(keyspace, name, columns, partitionKey, clustering));
    }

    /**
     * A {@code CREATE TABLE} statement that creates {@code keyspace.name} instead, everything else unchanged.
     *
     * @throws IllegalArgumentException unless {@code name} is a plain lower-case name
     */
    static String renamed(String statement, String keyspace, String name) {
        if (!PLAIN_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Table name '" + name + "' must match " + PLAIN_NAME);
        }
        Matcher m = CREATE_TABLE.matcher(statement.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a CREATE TABLE statement: " + firstLine(statement.strip()));
        }
        return "CREATE TABLE IF NOT EXISTS " + keyspace + "." + name + " " + m.group(2);
    }

    /** {@code (a, b)}: partition a, clustering b; {@code ((a, b), c)}: partition a and b, clustering c. */
    private static void primaryKeyClause(
            String clause, String where, List<String> partitionKey, List<String> clustering) {
        if (!clause.startsWith("(") || !clause.endsWith(")")) {
            throw new IllegalArgumentException("Cannot read PRIMARY KEY " + clause + " of table " + where);
        }
        List<String> parts = topLevelItems(clause.substring(1, clause.length() - 1), where);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("Empty PRIMARY KEY in table " + where);
        }
        String first = parts.get(0);
        if (first.startsWith("(") && first.endsWith(")")) {
            for (String column : topLevelItems(first.substring(1, first.length() - 1), where)) {
                partitionKey.add(identifier(column, where));
            }
        } else {
            partitionKey.add(identifier(first, where));
        }
        for (String column : parts.subList(1, parts.size())) {
            clustering.add(identifier(column, where));
        }
    }

    /** Index of the parenthesis that closes the one {@code text} starts with. */
    private static int closingParenthesis(String text, String where) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("Unbalanced parentheses in table " + where);
    }

    private static String body(String body, String where) {
        if (body.isBlank()) {
            throw new IllegalArgumentException("Table " + where + " has no columns");
        }
        return body;
    }

    /** Splits at commas outside parentheses; items stripped, whitespace folded. */
    private static List<String> topLevelItems(String text, String where) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth < 0) {
                    throw new IllegalArgumentException("Unbalanced parentheses in table " + where);
                }
            } else if (c == '<' || c == '>') {
                throw new IllegalArgumentException("Table " + where + " uses a collection or frozen type, which the"
                        + " pipeline's model does not support");
            }
            if (c == ',' && depth == 0) {
                add(items, current);
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (depth != 0) {
            throw new IllegalArgumentException("Unbalanced parentheses in table " + where);
        }
        add(items, current);
        return items;
    }

    private static void add(List<String> items, StringBuilder item) {
        String text = item.toString().replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) {
            items.add(text);
        }
    }

    private static String identifier(String raw, String where) {
        String text = raw.strip();
        if (!IDENTIFIER.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a CQL identifier (in " + where + ")");
        }
        return text.startsWith("\"") ? text.substring(1, text.length() - 1) : text.toLowerCase(Locale.ROOT);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline) + " …";
    }
}
