package io.kafkapipeline.sentiment.model;

import io.kafkapipeline.common.contract.ClassifiedPost;

/**
 * What the model says of one text.
 *
 * @param label {@link ClassifiedPost#POSITIVE} or {@link ClassifiedPost#NEGATIVE}
 * @param score the probability of {@link ClassifiedPost#POSITIVE}, 0..1; the label is Positive when it is at least 0.5
 * @param words how many of the text's tokens are words (a text without any tells the model nothing: its label is the
 *     training data's majority)
 */
public record Sentiment(String label, double score, int words) {

    public boolean positive() {
        return ClassifiedPost.POSITIVE.equals(label);
    }
}
