package io.kafkapipeline.bench.report;

/**
 * A comparison: the median of one figure divided by the median of a baseline measured in the same run, with the
 * range the trials allow (lowest subject trial over highest baseline trial, and the other way round).
 */
public record Ratio(String stage, String name, Figure subject, Figure baseline) {

    public double value() {
        return subject.median() / baseline.median();
    }

    public double low() {
        return subject.min() / baseline.max();
    }

    public double high() {
        return subject.max() / baseline.min();
    }
}
