package io.kafkapipeline.kafka.sink.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Catches what the engine's mapping parser silently accepts: it drops blanks inside a field name, so a missing
 * comma ({@code location=value.location forecastdate=...}) turns into one field {@code value.locationforecastdate}
 * that no record has.
 */
final class MappingLint {

    private MappingLint() {}

    /** A message for the first entry with a blank inside a column or field name, if any. */
    static Optional<String> problem(String mapping) {
        for (String entry : split(mapping, c -> c == ',')) {
            String trimmed = entry.trim();
            if (hasUnquotedBlank(trimmed)) {
                return Optional.of("Blank inside '" + trimmed + "' (missing comma between two mappings?)");
            }
        }
        return Optional.empty();
    }

    private static boolean hasUnquotedBlank(String entry) {
        String withoutBlanksAroundEquals = entry.replaceAll("\\s*=\\s*", "=");
        return split(withoutBlanksAroundEquals, Character::isWhitespace).size() > 1;
    }

    /** Splits at the characters {@code separator} accepts outside quotes and parentheses (function arguments). */
    private static List<String> split(String text, IntPredicate separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && separator.test(c)) {
                parts.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        parts.add(current.toString());
        return parts;
    }
}
