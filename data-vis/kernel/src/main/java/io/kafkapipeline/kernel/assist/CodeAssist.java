package io.kafkapipeline.kernel.assist;

import io.kafkapipeline.kernel.magic.CellParser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.SourceCodeAnalysis.Documentation;
import jdk.jshell.SourceCodeAnalysis.Suggestion;

/**
 * What the editor asks while you type: completion (Tab), inspection (Shift-Tab) and whether the code is complete
 * (the console's Enter). All of it is JShell's source analysis, applied to the snippet around the cursor; magic
 * lines are left out of it, and their names complete on their own.
 */
public final class CodeAssist {

    /** Jupyter's answers to is_complete_request. */
    public static final String COMPLETE = "complete";

    public static final String INVALID = "invalid";

    /** A completion: the texts to choose from and the range of the cell they replace. */
    public record Completion(List<String> matches, int start, int end) {}

    private final SourceCodeAnalysis analysis;
    private final Set<String> magicNames;

    public CodeAssist(SourceCodeAnalysis analysis, Set<String> magicNames) {
        this.analysis = analysis;
        this.magicNames = magicNames;
    }

    public Completion complete(String cell, int cursor) {
        int lineStart = cell.lastIndexOf('\n', cursor - 1) + 1;
        String linePrefix = cell.substring(lineStart, cursor);
        if (linePrefix.stripLeading().startsWith("%") && !linePrefix.strip().contains(" ")) {
            String typed = linePrefix.strip();
            List<String> names = magicNames.stream()
                    .map(n -> "%" + n)
                    .filter(n -> n.startsWith(typed))
                    .toList();
            return new Completion(names, cursor - typed.length(), cursor);
        }
        String code = CellParser.blankMagics(cell);
        int start = snippetStart(code, cursor);
        int[] anchor = new int[1];
        List<Suggestion> suggestions =
                analysis.completionSuggestions(code.substring(start, cursor), cursor - start, anchor);
        Set<String> matches = new LinkedHashSet<>();
        suggestions.stream().filter(Suggestion::matchesType).forEach(s -> matches.add(s.continuation()));
        suggestions.forEach(s -> matches.add(s.continuation()));
        return new Completion(new ArrayList<>(matches), start + anchor[0], cursor);
    }

    /** Signatures and javadoc of what is at the cursor (a method call's method, a type, a variable). */
    public Optional<String> inspect(String cell, int cursor) {
        String code = CellParser.blankMagics(cell);
        int start = snippetStart(code, cursor);
        String prefix = code.substring(start, cursor);
        List<Documentation> docs = analysis.documentation(prefix, prefix.length(), true);
        if (docs.isEmpty() && !prefix.isEmpty() && Character.isJavaIdentifierPart(prefix.charAt(prefix.length() - 1))) {
            // the cursor on a method's name: ask as if inside its call
            docs = analysis.documentation(prefix + "(", prefix.length() + 1, true);
        }
        if (docs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(docs.stream()
                .map(d -> d.signature() + (d.javadoc() == null || d.javadoc().isBlank() ? "" : "\n\n" + d.javadoc()))
                .distinct()
                .collect(Collectors.joining("\n\n")));
    }

    /** {@link #COMPLETE}, {@link #INVALID}, or the indent of the next line when the code goes on. */
    public IsComplete isComplete(String cell) {
        String remaining = CellParser.blankMagics(cell);
        while (!remaining.isBlank()) {
            CompletionInfo info = analysis.analyzeCompletion(remaining);
            switch (info.completeness()) {
                case COMPLETE:
                case COMPLETE_WITH_SEMI:
                    remaining = info.remaining();
                    break;
                case DEFINITELY_INCOMPLETE:
                case CONSIDERED_INCOMPLETE:
                    return IsComplete.incomplete(nextIndent(cell));
                case UNKNOWN:
                    return IsComplete.INVALID;
                default: // EMPTY
                    return IsComplete.COMPLETE;
            }
        }
        return IsComplete.COMPLETE;
    }

    /** Jupyter's is_complete answer: status and, for incomplete code, the next line's indent. */
    public record IsComplete(String status, String indent) {
        public static final IsComplete COMPLETE = new IsComplete(CodeAssist.COMPLETE, "");
        public static final IsComplete INVALID = new IsComplete(CodeAssist.INVALID, "");

        static IsComplete incomplete(String indent) {
            return new IsComplete("incomplete", indent);
        }
    }

    /** The indent of the last line, one level deeper after an opening brace. */
    static String nextIndent(String cell) {
        String[] lines = cell.stripTrailing().split("\n");
        String last = lines[lines.length - 1];
        String indent = last.substring(0, last.length() - last.stripLeading().length());
        return last.stripTrailing().endsWith("{") ? indent + "    " : indent;
    }

    /** Where the snippet holding the cursor starts: after the last complete snippet before it. */
    private int snippetStart(String code, int cursor) {
        int start = 0;
        String before = code.substring(0, cursor);
        while (start < cursor) {
            CompletionInfo info = analysis.analyzeCompletion(before.substring(start));
            if (info.completeness() != SourceCodeAnalysis.Completeness.COMPLETE
                            && info.completeness() != SourceCodeAnalysis.Completeness.COMPLETE_WITH_SEMI
                    || info.remaining().isBlank()) {
                break;
            }
            start = cursor - info.remaining().length();
        }
        return start;
    }
}
