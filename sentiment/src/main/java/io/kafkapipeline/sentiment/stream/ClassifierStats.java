package io.kafkapipeline.sentiment.stream;

import io.kafkapipeline.common.contract.StreamApp;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Counters of one classifier process, for its progress line. Thread-safe. With exactly-once processing a record whose
 * transaction is aborted (e.g. after a rebalance) is processed again and counted again: these are counts of work done,
 * the topics hold the exact result.
 */
public final class ClassifierStats {
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong positive = new AtomicLong();
    private final AtomicLong negative = new AtomicLong();
    private final AtomicLong skippedLanguage = new AtomicLong();
    private final AtomicLong skippedEmpty = new AtomicLong();
    private final AtomicLong deadLetters = new AtomicLong();
    private final AtomicReference<String> lastError = new AtomicReference<>("none");

    void countRead() {
        read.incrementAndGet();
    }

    void countClassified(boolean isPositive) {
        (isPositive ? positive : negative).incrementAndGet();
    }

    void countSkippedLanguage() {
        skippedLanguage.incrementAndGet();
    }

    void countSkippedEmpty() {
        skippedEmpty.incrementAndGet();
    }

    void countDeadLetter(String cause) {
        deadLetters.incrementAndGet();
        lastError.set(cause);
    }

    public long read() {
        return read.get();
    }

    public long positive() {
        return positive.get();
    }

    public long negative() {
        return negative.get();
    }

    public long classified() {
        return positive.get() + negative.get();
    }

    public long skippedLanguage() {
        return skippedLanguage.get();
    }

    public long skippedEmpty() {
        return skippedEmpty.get();
    }

    public long deadLetters() {
        return deadLetters.get();
    }

    public String line() {
        return StreamApp.CLASSIFIER.service() + " progress: read=" + read.get() + " classified=" + classified()
                + " positive=" + positive.get() + " negative=" + negative.get() + " skipped_language="
                + skippedLanguage.get() + " skipped_empty=" + skippedEmpty.get() + " dead_letters="
                + deadLetters.get() + " last_error=" + lastError.get();
    }
}
