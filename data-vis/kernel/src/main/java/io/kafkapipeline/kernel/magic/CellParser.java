package io.kafkapipeline.kernel.magic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a cell into Java code and line magics. A magic is a line whose first non-blank character is {@code %}
 * directly followed by a letter ({@code %jars ../target/lib/*.jar}), as in JJava and IPython; {@code x % 2}
 * inside code is not one.
 */
public final class CellParser {

    private static final Pattern MAGIC = Pattern.compile("^\\s*%([A-Za-z][\\w-]*)(.*)$");

    private CellParser() {}

    public static List<CellPart> parse(String cell) {
        List<CellPart> parts = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        int codeLine = 1;
        String[] lines = cell.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = MAGIC.matcher(lines[i]);
            if (m.matches()) {
                flush(parts, code, codeLine);
                parts.add(new CellPart.Magic(m.group(1), splitArgs(m.group(2)), i + 1));
                codeLine = i + 2;
            } else {
                code.append(lines[i]);
                if (i < lines.length - 1) {
                    code.append('\n');
                }
            }
        }
        flush(parts, code, codeLine);
        return parts;
    }

    /** Whether the line is a magic line. */
    public static boolean isMagic(String line) {
        return MAGIC.matcher(line).matches();
    }

    /** The cell with every magic line blanked (same length, so offsets stay): the Java code JShell may analyse. */
    public static String blankMagics(String cell) {
        String[] lines = cell.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (isMagic(lines[i])) {
                lines[i] = " ".repeat(lines[i].length());
            }
        }
        return String.join("\n", lines);
    }

    private static void flush(List<CellPart> parts, StringBuilder code, int line) {
        if (!code.toString().isBlank()) {
            parts.add(new CellPart.Code(code.toString(), line));
        }
        code.setLength(0);
    }

    static List<String> splitArgs(String text) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any) {
                    args.add(current.toString());
                }
                current.setLength(0);
                any = false;
            } else {
                current.append(c);
                any = true;
            }
        }
        if (any) {
            args.add(current.toString());
        }
        return args;
    }
}
