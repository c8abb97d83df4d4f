package io.kafkapipeline.kernel.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShellException;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Turns what JShell reports into Jupyter errors: compiler diagnostics with the cell line and a marker under the
 * faulty code, and exceptions with their Java class, message, stack and causes. JShell reports a snippet's frames as
 * file {@code #<snippet id>}; they are shown as cell lines, and the frames below the last of them (JShell's and the
 * kernel's own) are left out.
 */
final class Tracebacks {

    static final String COMPILATION = "CompilationException";

    private Tracebacks() {}

    /**
     * A snippet the compiler rejected.
     *
     * @param code the code being evaluated
     * @param snippetStart where the snippet starts in {@code code}
     * @param firstLine the cell line of {@code code}'s first line (from 1)
     */
    static CellException compileError(
            List<Diag> diagnostics, String source, String code, int snippetStart, int firstLine) {
        List<Diag> errors = diagnostics.stream().filter(Diag::isError).toList();
        if (errors.isEmpty()) {
            return CellException.of(COMPILATION, "the code could not be compiled: " + firstLine(source));
        }
        List<String> lines = new ArrayList<>();
        for (Diag d : errors) {
            List<String> message = messageLines(d);
            lines.add(COMPILATION + ": " + message.get(0));
            message.subList(1, message.size()).forEach(l -> lines.add("    " + l));
            int start = Math.min(code.length(), snippetStart + (int) Math.max(0, d.getStartPosition()));
            int end = Math.min(code.length(), snippetStart + (int) Math.max(d.getStartPosition(), d.getEndPosition()));
            lines.addAll(marked(code, start, end, firstLine));
        }
        return new CellException(COMPILATION, summary(messageLines(errors.get(0))), lines);
    }

    /** Code that ends inside a statement, block, comment or string. */
    static CellException incomplete(String code, int snippetStart, int firstLine) {
        String rest = code.substring(snippetStart);
        int start = snippetStart + (rest.length() - rest.stripLeading().length());
        String message = "the code is incomplete (a missing ';', ')' or '}'?): " + firstLine(rest);
        List<String> lines = new ArrayList<>();
        lines.add(COMPILATION + ": " + message);
        lines.addAll(marked(code, start, code.stripTrailing().length(), firstLine));
        return new CellException(COMPILATION, message, lines);
    }

    /** A declaration that uses what does not exist yet (e.g. {@code void f() { g(); }} before g). */
    static CellException unresolved(String what, List<String> missing) {
        return CellException.of(COMPILATION, what + " cannot be defined: " + String.join(", ", missing) + " not found");
    }

    /**
     * An exception thrown by the code of a cell, as the Java exception with its stack and causes.
     *
     * @param snippetFrame how to show a frame of a snippet, e.g. {@code Cell In[3], line 2}
     */
    static CellException exception(JShellException e, Function<StackTraceElement, String> snippetFrame) {
        List<String> lines = new ArrayList<>();
        appendThrowable(lines, e, "", snippetFrame);
        return new CellException(className(e), messageOf(e), lines);
    }

    private static void appendThrowable(
            List<String> lines, Throwable t, String prefix, Function<StackTraceElement, String> snippetFrame) {
        String message = messageOf(t);
        lines.add(prefix + className(t) + (message.isEmpty() ? "" : ": " + message));
        StackTraceElement[] stack = t.getStackTrace();
        int last = stack.length - 1;
        while (last > 0 && !isSnippetFrame(stack[last])) {
            last--;
        }
        if (last == 0 && !isSnippetFrame(stack[0])) {
            last = stack.length - 1;
        }
        for (int i = 0; i <= last; i++) {
            lines.add("\tat " + (isSnippetFrame(stack[i]) ? snippetFrame.apply(stack[i]) : stack[i].toString()));
        }
        if (t.getCause() != null) {
            appendThrowable(lines, t.getCause(), "Caused by: ", snippetFrame);
        }
    }

    /** JShell rewrites a snippet's frames to class "", file "#id", the line in the snippet. */
    static boolean isSnippetFrame(StackTraceElement e) {
        return e.getClassName().isEmpty()
                && e.getFileName() != null
                && e.getFileName().startsWith("#");
    }

    private static String className(Throwable t) {
        if (t instanceof EvalException ee) {
            return ee.getExceptionClassName();
        }
        if (t instanceof UnresolvedReferenceException) {
            return "UnresolvedReferenceException";
        }
        return t.getClass().getName();
    }

    private static String messageOf(Throwable t) {
        if (t instanceof UnresolvedReferenceException ure) {
            return firstLine(ure.getSnippet().source()) + " uses something that is not defined yet";
        }
        return t.getMessage() == null ? "" : t.getMessage();
    }

    /** The diagnostic's message lines, without javac's "location: class " (the snippet's nameless class). */
    private static List<String> messageLines(Diag d) {
        return Arrays.stream(d.getMessage(Locale.ROOT).split("\n"))
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.matches("location: class\\s*"))
                .toList();
    }

    /** "cannot find symbol (variable weather)": the first line, and the rest in brackets. */
    private static String summary(List<String> message) {
        if (message.size() == 1) {
            return message.get(0);
        }
        List<String> rest = message.subList(1, message.size()).stream()
                .map(l -> l.replaceFirst("^symbol:\\s*", ""))
                .toList();
        return message.get(0) + " (" + String.join("; ", rest) + ")";
    }

    /** The cell line holding {@code start}, and a marker line under {@code start..end} (at least one character). */
    private static List<String> marked(String code, int start, int end, int firstLine) {
        int lineStart = code.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = code.indexOf('\n', start);
        if (lineEnd < 0) {
            lineEnd = code.length();
        }
        long lineNumber = firstLine
                + code.substring(0, lineStart).chars().filter(c -> c == '\n').count();
        String label = "line " + lineNumber + ": ";
        int to = Math.max(start + 1, Math.min(end, lineEnd));
        return List.of(
                label + code.substring(lineStart, lineEnd),
                " ".repeat(label.length() + start - lineStart) + "^".repeat(to - start));
    }

    static String firstLine(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl) + " …";
    }
}
