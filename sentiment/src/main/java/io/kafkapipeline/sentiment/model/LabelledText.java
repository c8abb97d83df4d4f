package io.kafkapipeline.sentiment.model;

import io.kafkapipeline.common.contract.ClassifiedPost;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A text with its label ({@link ClassifiedPost#POSITIVE} or {@link ClassifiedPost#NEGATIVE}), and the reader of the
 * training data: VADER's {@code tweets_GroundTruth.txt} (src/main/training/, with its licence and SOURCES.md).
 */
public record LabelledText(String text, String label) {

    /**
     * Reads {@code ID<TAB>MEAN-RATING<TAB>TEXT} lines (CRLF or LF): a rating above 0 is Positive, below 0 Negative;
     * the 4 texts rated exactly 0 are left out.
     *
     * @throws IllegalArgumentException naming the line that is not of that shape
     */
    public static List<LabelledText> readVader(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read training data " + file, e);
        }
        List<LabelledText> texts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", 3);
            double rating;
            try {
                if (fields.length != 3) {
                    throw new NumberFormatException("expected 3 tab-separated fields");
                }
                rating = Double.parseDouble(fields[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage());
            }
            if (rating > 0) {
                texts.add(new LabelledText(fields[2], ClassifiedPost.POSITIVE));
            } else if (rating < 0) {
                texts.add(new LabelledText(fields[2], ClassifiedPost.NEGATIVE));
            }
        }
        return texts;
    }

    public boolean positive() {
        return ClassifiedPost.POSITIVE.equals(label);
    }
}
