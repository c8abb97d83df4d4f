package io.kafkapipeline.stack.cql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Collects input lines into statements as cqlsh does: a CQL statement ends with {@code ;} outside strings and
 * comments and may span lines; a shell command ({@code DESCRIBE}, {@code EXPAND}, {@code HELP}, ...) typed at the
 * start of a statement also ends at the end of its line. Each statement remembers the line it started on.
 */
public final class StatementBuffer {

    /** Commands of the shell itself, complete at the end of their line (the semicolon is optional). */
    static final Set<String> SHELL_COMMANDS =
            Set.of("DESCRIBE", "DESC", "EXPAND", "PAGING", "CONSISTENCY", "SOURCE", "HELP", "?", "EXIT", "QUIT", "USE");

    /** A complete statement (without the closing semicolon) and the line it started on (1-based). */
    public record Statement(String text, int line) {}

    private final StringBuilder pending = new StringBuilder();
    private int pendingLine;
    private int lineNumber;
    private boolean inBlockComment;

    /** Adds one line of input; returns the statements it completed (often none, sometimes several). */
    public List<Statement> add(String line) {
        lineNumber++;
        List<Statement> done = new ArrayList<>();
        if (isBlank() && !inBlockComment && isShellCommand(line)) {
            String text = line.strip();
            done.add(new Statement(
                    text.endsWith(";") ? text.substring(0, text.length() - 1).strip() : text, lineNumber));
            return done;
        }
        char quote = 0;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            char next = i + 1 < line.length() ? line.charAt(i + 1) : 0;
            if (inBlockComment) {
                if (c == '*' && next == '/') {
                    inBlockComment = false;
                    i += 2;
                } else {
                    i++;
                }
                continue;
            }
            if (quote != 0) {
                append(c);
                if (c == quote) {
                    quote = 0;
                }
                i++;
                continue;
            }
            if (c == '-' && next == '-' || c == '/' && next == '/') {
                break; // comment to the end of the line
            }
            if (c == '/' && next == '*') {
                inBlockComment = true;
                i += 2;
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
                append(c);
            } else if (c == '$' && next == '$') {
                int end = line.indexOf("$$", i + 2);
                if (end < 0) {
                    // a $$ string across lines: keep the rest and go on in the next line
                    appendText(line.substring(i));
                    pending.append('\n');
                    return done;
                }
                appendText(line.substring(i, end + 2));
                i = end + 2;
                continue;
            } else if (c == ';') {
                String text = pending.toString().strip();
                if (!text.isEmpty()) {
                    done.add(new Statement(text, pendingLine));
                }
                pending.setLength(0);
            } else {
                append(c);
            }
            i++;
        }
        if (!isBlank()) {
            pending.append('\n');
        }
        return done;
    }

    /** Whether no statement is half-typed (the shell then shows its main prompt, not the continuation one). */
    public boolean isBlank() {
        return pending.toString().isBlank();
    }

    /** The half-typed statement at the end of input (a missing final semicolon), if any. */
    public Statement rest() {
        String text = pending.toString().strip();
        pending.setLength(0);
        return text.isEmpty() ? null : new Statement(text, pendingLine);
    }

    private void append(char c) {
        if (isBlank() && !Character.isWhitespace(c)) {
            pending.setLength(0);
            pendingLine = lineNumber;
        }
        pending.append(c);
    }

    private void appendText(String text) {
        for (int i = 0; i < text.length(); i++) {
            append(text.charAt(i));
        }
    }

    static boolean isShellCommand(String line) {
        String first = firstWord(line);
        return SHELL_COMMANDS.contains(first);
    }

    static String firstWord(String text) {
        String stripped = text.strip();
        int end = 0;
        while (end < stripped.length()
                && !Character.isWhitespace(stripped.charAt(end))
                && stripped.charAt(end) != ';') {
            end++;
        }
        return stripped.substring(0, end).toUpperCase(Locale.ROOT);
    }
}
