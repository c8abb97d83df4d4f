package io.kafkapipeline.datavis.notebooks;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/**
 * Runs a notebook's code cells the way a JShell-based Jupyter kernel (JJava) does, in its own JVM so that the cells
 * read the Cassandra settings from a real process environment. Started by {@link NotebookRunner}.
 *
 * <p>Each cell is split into snippets with {@link SourceCodeAnalysis#analyzeCompletion} and evaluated in order in
 * one {@link JShell} with the local execution engine (like the kernel, the code runs in this JVM). A cell fails on
 * a snippet the compiler rejects, on unresolved references and on an exception. Lines starting with {@code %} are
 * kernel magics: {@code %jars <glob>...} adds the matching jars (paths relative to the notebook's folder) to the
 * classpath, as JJava's {@code %jars} does; any other magic fails the cell. For a cell tagged {@code chart} the
 * value of its last expression must be a {@code BufferedImage}, which is written as {@code cell-<n>.png}.
 *
 * <p>Arguments: the notebook's folder and a work folder holding {@code cells.tsv} (lines {@code index, kind, file})
 * and the cell files. Writes {@code results.tsv} (lines {@code index, OK|IMAGE|FAIL, detail}); exits with 1 after
 * the first failed cell, like "Run All" stopping at an error.
 */
public final class NotebookKernel {

    private final JShell shell;
    private final Path notebookDir;

    private NotebookKernel(JShell shell, Path notebookDir) {
        this.shell = shell;
        this.notebookDir = notebookDir;
    }

    /** A cell that failed, with a one-line reason. */
    static final class CellFailure extends Exception {
        private static final long serialVersionUID = 1L;

        CellFailure(String message) {
            super(message);
        }
    }

    public static void main(String[] args) throws IOException {
        Path notebookDir = Path.of(args[0]);
        Path work = Path.of(args[1]);
        List<String> cells = Files.readAllLines(work.resolve("cells.tsv"), StandardCharsets.UTF_8);
        int exit = 0;
        try (PrintWriter results = new PrintWriter(
                        Files.newBufferedWriter(work.resolve("results.tsv"), StandardCharsets.UTF_8), true);
                JShell shell = JShell.builder()
                        .executionEngine("local")
                        .out(System.out)
                        .err(System.err)
                        .build()) {
            NotebookKernel kernel = new NotebookKernel(shell, notebookDir);
            for (String line : cells) {
                String[] cell = line.split("\t");
                String source = Files.readString(work.resolve(cell[2]), StandardCharsets.UTF_8);
                System.out.println("---- cell " + cell[0] + " (" + cell[1] + ")");
                try {
                    String value = kernel.runCell(source);
                    if (cell[1].equals("chart")) {
                        Path png = work.resolve("cell-" + cell[0] + ".png").toAbsolutePath();
                        kernel.saveImage(value, png);
                        results.println(cell[0] + "\tIMAGE\t" + png);
                    } else {
                        results.println(cell[0] + "\tOK\t" + (value == null ? "" : value));
                    }
                } catch (CellFailure | RuntimeException | Error e) {
                    String reason = e instanceof CellFailure ? e.getMessage() : "runner failure: " + e;
                    results.println(
                            cell[0] + "\tFAIL\t" + reason.replace('\t', ' ').replace('\n', ' '));
                    e.printStackTrace();
                    exit = 1;
                    break;
                }
            }
        }
        System.out.flush();
        // Whatever a cell left running (driver threads of an unclosed session) must not keep this JVM alive.
        System.exit(exit);
    }

    /** Runs one cell; returns the name of the variable holding its last expression's value, or null. */
    String runCell(String source) throws CellFailure {
        StringBuilder code = new StringBuilder();
        String value = null;
        for (String line : source.split("\n", -1)) {
            if (line.strip().startsWith("%")) {
                eval(code.toString());
                code.setLength(0);
                magic(line.strip());
                value = null;
            } else {
                code.append(line).append('\n');
            }
        }
        String last = eval(code.toString());
        return code.toString().isBlank() ? value : last;
    }

    private String eval(String code) throws CellFailure {
        String remaining = code;
        String value = null;
        while (remaining != null && !remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(remaining);
            switch (info.completeness()) {
                case EMPTY:
                    return value;
                case DEFINITELY_INCOMPLETE:
                case CONSIDERED_INCOMPLETE:
                    throw new CellFailure("incomplete code: " + firstLine(remaining));
                default:
                    break;
            }
            String snippet = info.source() != null ? info.source() : remaining;
            value = check(shell.eval(snippet));
            remaining = info.remaining();
        }
        return value;
    }

    private String check(List<SnippetEvent> events) throws CellFailure {
        String value = null;
        for (SnippetEvent e : events) {
            if (e.causeSnippet() != null) {
                continue;
            }
            Snippet s = e.snippet();
            switch (e.status()) {
                case REJECTED:
                    String diagnostics = shell.diagnostics(s)
                            .map(d -> d.getMessage(Locale.ROOT).replace('\n', ' '))
                            .collect(Collectors.joining("; "));
                    throw new CellFailure("compile error in `" + firstLine(s.source()) + "`: " + diagnostics);
                case RECOVERABLE_DEFINED:
                case RECOVERABLE_NOT_DEFINED:
                    String unresolved =
                            shell.unresolvedDependencies((DeclarationSnippet) s).collect(Collectors.joining(", "));
                    throw new CellFailure("unresolved " + unresolved + " in `" + firstLine(s.source()) + "`");
                default:
                    break;
            }
            if (e.exception() != null) {
                throw new CellFailure(describe(e.exception()) + " in `" + firstLine(s.source()) + "`");
            }
            if (s instanceof VarSnippet v && v.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
                value = v.name();
            } else if (s instanceof ExpressionSnippet x) {
                value = x.name();
            } else {
                value = null;
            }
        }
        return value;
    }

    private void magic(String line) throws CellFailure {
        String[] words = line.split("\\s+");
        if (!words[0].equals("%jars")) {
            throw new CellFailure("unsupported magic " + words[0] + " (this runner knows %jars)");
        }
        if (words.length < 2) {
            throw new CellFailure("%jars needs at least one path");
        }
        for (int i = 1; i < words.length; i++) {
            List<Path> jars = glob(words[i]);
            if (jars.isEmpty()) {
                throw new CellFailure("%jars " + words[i] + " matched no file in " + notebookDir
                        + " (build first: mvn -pl data-vis -am package)");
            }
            jars.forEach(j -> shell.addToClasspath(j.toString()));
            System.out.println("%jars " + words[i] + ": " + jars.size() + " jars");
        }
    }

    private List<Path> glob(String pattern) throws CellFailure {
        Path path = notebookDir.resolve(pattern).normalize();
        if (Files.isDirectory(path)) {
            return list(path, "*.jar");
        }
        Path dir = path.getParent();
        return Files.isDirectory(dir) ? list(dir, path.getFileName().toString()) : List.of();
    }

    private static List<Path> list(Path dir, String glob) throws CellFailure {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, glob)) {
            files.forEach(out::add);
        } catch (IOException e) {
            throw new CellFailure("cannot list " + dir + ": " + e);
        }
        out.sort(null);
        return out;
    }

    void saveImage(String value, Path png) throws CellFailure {
        if (value == null) {
            throw new CellFailure("a chart cell must end with an expression (no `;`) whose value is the image");
        }
        String isImage = valueOf("((Object) " + value + ") instanceof java.awt.image.BufferedImage");
        if (!"true".equals(isImage)) {
            throw new CellFailure("the chart cell's last value (" + value + ") is not a java.awt.image.BufferedImage");
        }
        String written = valueOf("javax.imageio.ImageIO.write((java.awt.image.BufferedImage) " + value
                + ", \"png\", new java.io.File(\"" + png.toString().replace("\\", "\\\\") + "\"))");
        if (!"true".equals(written) || !Files.isRegularFile(png)) {
            throw new CellFailure("could not write " + png);
        }
    }

    private String valueOf(String expression) throws CellFailure {
        List<SnippetEvent> events = shell.eval(expression);
        check(events);
        return events.get(0).value();
    }

    private static String describe(JShellException e) {
        StringBuilder sb = new StringBuilder();
        if (e instanceof EvalException ee) {
            sb.append(ee.getExceptionClassName()).append(": ").append(ee.getMessage());
        } else if (e instanceof UnresolvedReferenceException ure) {
            sb.append("unresolved reference to ")
                    .append(firstLine(ure.getSnippet().source()));
        } else {
            sb.append(e);
        }
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            sb.append(" <- ")
                    .append(
                            c instanceof EvalException ce
                                    ? ce.getExceptionClassName()
                                    : c.getClass().getName())
                    .append(": ")
                    .append(c.getMessage());
        }
        e.printStackTrace();
        return sb.toString().replace('\n', ' ');
    }

    private static String firstLine(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl) + " …";
    }
}
