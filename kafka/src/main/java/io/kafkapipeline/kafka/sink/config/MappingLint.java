package io.kafkapipeline.kafka.sink.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Catches what the engine's mapping parser silently accepts: it drops blanks inside a field name, so a missing
 * comma ({@code location=value.location forecastdate=...}) turns into one field {@code value.locationforecastdate}
 * that no record has.
 */
final class MappingLint {

    private MappingLint() {}

    /** A message for the first entry with a blank inside a column or field name, if any. */
    static Optional<String> problem(String mapping) {
        for (String entry : entries(mapping)) {
            String trimmed = entry.trim();
            if (hasUnquotedBlank(trimmed)) {
                return Optional.of("Blank inside '" + trimmed + "' (missing comma between two mappings?)");
            }
        }
        return Optional.empty();
    }

    /** Splits at commas outside quotes and parentheses (function arguments). */
    private static List<String> entries(String mapping) {
        List<String> entries = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        int depth = 0;
        for (char c : mapping.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                entries.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        entries.add(current.toString());
        return entries;
    }

    private static boolean hasUnquotedBlank(String entry) {
        boolean quoted = false;
        int depth = 0;
        String withoutBlanksAroundEquals = entry.replaceAll("\\s*=\\s*", "=");
        for (char c : withoutBlanksAroundEquals.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && Character.isWhitespace(c)) {
                return true;
            }
        }
        return false;
    }
}
