package io.kafkapipeline.kernel.eval;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.VarSnippet;

/**
 * Evaluates Java code the way the notebooks expect: one {@link JShell} for the whole session, running in this JVM;
 * the code of a cell is split into snippets and evaluated in order until one fails; the value of the last snippet
 * is the cell's value when it is an expression not closed by {@code ;}.
 *
 * <p>Not thread-safe: one cell at a time ({@link #interrupt()} may come from any thread).
 */
public final class CellEvaluator implements AutoCloseable {

    /** JShell's own default imports (its DEFAULT startup), and the kernel's display functions. */
    static final List<String> STARTUP = List.of(
            "import java.io.*;",
            "import java.math.*;",
            "import java.net.*;",
            "import java.nio.file.*;",
            "import java.util.*;",
            "import java.util.concurrent.*;",
            "import java.util.function.*;",
            "import java.util.regex.*;",
            "import java.util.stream.*;",
            "import static io.kafkapipeline.kernel.display.Display.*;");

    /** Where a snippet came from: its cell's label and the cell line of its first line. */
    private record Origin(String cell, int line) {}

    private final JShell shell;
    private final CapturingExecutionControl control;
    private final CellWatchdog watchdog;
    private final Map<String, Origin> origins = new HashMap<>();
    private String cellLabel = "Cell";

    private CellEvaluator(JShell shell, CapturingExecutionControl control, Duration timeout) {
        this.shell = shell;
        this.control = control;
        this.watchdog = new CellWatchdog(timeout, shell::stop);
    }

    /** A JShell with the startup imports evaluated (this compiles once, so the first cell starts at once). */
    public static CellEvaluator start(Duration cellTimeout) {
        CapturingExecutionControl.Provider provider = new CapturingExecutionControl.Provider();
        JShell shell = JShell.builder().executionEngine(provider, Map.of()).build();
        CellEvaluator evaluator = new CellEvaluator(shell, provider.control(), cellTimeout);
        for (String line : STARTUP) {
            for (SnippetEvent e : shell.eval(line)) {
                if (e.status() != Snippet.Status.VALID) {
                    throw new IllegalStateException("startup import failed: " + line);
                }
            }
        }
        return evaluator;
    }

    public SourceCodeAnalysis analysis() {
        return shell.sourceCodeAnalysis();
    }

    /** Adds jars or class folders to the classpath of compiler and snippets. */
    public void addToClasspath(String path) {
        shell.addToClasspath(path);
    }

    public Duration timeout() {
        return watchdog.timeout();
    }

    public void timeout(Duration timeout) {
        watchdog.timeout(timeout);
    }

    /**
     * Marks the start of a cell: the per-cell timeout starts.
     *
     * @param label how tracebacks name the cell, e.g. {@code In[3]}
     */
    public void cellStarted(String label) {
        cellLabel = label;
        watchdog.cellStarted();
    }

    public void cellEnded() {
        watchdog.cellEnded();
        System.out.flush();
        System.err.flush();
    }

    /** Stops the running cell, if any (from any thread). */
    public void interrupt() {
        watchdog.interrupt();
    }

    /**
     * Evaluates Java code (no magics) snippet by snippet.
     *
     * @param code Java code: statements, expressions, declarations, imports
     * @param firstLine the cell line of the code's first line, for error messages
     * @return the value of the last snippet if it is an expression without a closing {@code ;}
     */
    public Optional<CellValue> evaluate(String code, int firstLine) throws CellException {
        Thread.currentThread().setContextClassLoader(control.snippetLoader());
        List<DeclarationSnippet> declared = new ArrayList<>();
        Optional<CellValue> value = Optional.empty();
        int offset = 0;
        String remaining = code;
        while (!remaining.isBlank()) {
            watchdog.throwIfStopped();
            // JShell numbers a snippet's lines from its first non-blank line: start the snippet there
            int blank = remaining.length() - remaining.stripLeading().length();
            offset += blank;
            remaining = remaining.substring(blank);
            CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(remaining);
            switch (info.completeness()) {
                case EMPTY:
                    remaining = "";
                    continue;
                case DEFINITELY_INCOMPLETE:
                case CONSIDERED_INCOMPLETE:
                    throw Tracebacks.incomplete(code, offset, firstLine);
                default:
                    break;
            }
            String source = info.source();
            List<SnippetEvent> events = shell.eval(source);
            watchdog.throwIfStopped();
            int line = firstLine
                    + (int) code.substring(0, offset)
                            .chars()
                            .filter(c -> c == '\n')
                            .count();
            events.stream()
                    .filter(e -> e.causeSnippet() == null)
                    .forEach(e -> origins.put(e.snippet().id(), new Origin(cellLabel, line)));
            Snippet snippet = check(events, source, code, offset, firstLine, declared);
            boolean shown = !(info.completeness() == SourceCodeAnalysis.Completeness.COMPLETE
                    && source.strip().endsWith(";"));
            value = shown ? valueOf(snippet) : Optional.empty();
            int consumed = remaining.length() - info.remaining().length();
            offset += Math.max(consumed, 1);
            remaining = info.remaining();
        }
        warnUnresolved(declared);
        return value;
    }

    /** Fails on a rejected snippet or an exception; returns the snippet the source defined. */
    private Snippet check(
            List<SnippetEvent> events,
            String source,
            String code,
            int offset,
            int firstLine,
            List<DeclarationSnippet> declared)
            throws CellException {
        Snippet main = null;
        for (SnippetEvent e : events) {
            if (e.causeSnippet() != null) {
                continue;
            }
            main = e.snippet();
            switch (e.status()) {
                case REJECTED:
                    throw Tracebacks.compileError(shell.diagnostics(main).toList(), source, code, offset, firstLine);
                case RECOVERABLE_NOT_DEFINED:
                    throw Tracebacks.unresolved(
                            describe(main),
                            shell.unresolvedDependencies((DeclarationSnippet) main)
                                    .toList());
                case RECOVERABLE_DEFINED:
                    declared.add((DeclarationSnippet) main);
                    break;
                default:
                    break;
            }
            if (e.exception() != null) {
                throw Tracebacks.exception(e.exception(), this::frame);
            }
        }
        if (main == null) {
            throw CellException.of("CompilationException", "JShell did not evaluate: " + Tracebacks.firstLine(source));
        }
        return main;
    }

    /** A stack frame of a snippet: {@code f (Cell In[3], line 2)}, or {@code Cell In[5], line 1} for the cell's code. */
    private String frame(StackTraceElement e) {
        String id = e.getFileName().substring(1);
        Origin origin = origins.get(id);
        String where = origin == null
                ? "snippet " + id + ", line " + e.getLineNumber()
                : "Cell " + origin.cell() + ", line " + (origin.line() + e.getLineNumber() - 1);
        return e.getMethodName().isEmpty() ? where : e.getMethodName() + " (" + where + ")";
    }

    /** The object of an expression snippet: a temporary variable ($1) or a variable it names or assigns. */
    private Optional<CellValue> valueOf(Snippet snippet) {
        VarSnippet variable = null;
        if (snippet instanceof VarSnippet v && v.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
            variable = v;
        } else if (snippet instanceof ExpressionSnippet x) {
            variable = shell.variables()
                    .filter(v -> v.name().equals(x.name()) && shell.status(v) == Snippet.Status.VALID)
                    .reduce((first, second) -> second)
                    .orElse(null);
        }
        if (variable == null) {
            return Optional.empty();
        }
        shell.varValue(variable);
        return Optional.of(new CellValue(control.takeValue()));
    }

    /** Declarations that still wait for something undefined: said on stderr, as the cell may define it later. */
    private void warnUnresolved(List<DeclarationSnippet> declared) {
        for (DeclarationSnippet s : declared) {
            if (shell.status(s) == Snippet.Status.RECOVERABLE_DEFINED) {
                String missing = shell.unresolvedDependencies(s).collect(Collectors.joining(", "));
                System.err.println(describe(s) + " is defined, but cannot be used until " + missing + " exists");
            }
        }
    }

    private static String describe(Snippet s) {
        return s instanceof DeclarationSnippet d
                ? d.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + d.name()
                : Tracebacks.firstLine(s.source());
    }

    @Override
    public void close() {
        watchdog.close();
        shell.close();
    }
}
