package io.kafkapipeline.bench.report;

/** A comparison: the median of one figure divided by the median of a baseline measured in the same run. */
public record Ratio(String stage, String name, Figure subject, Figure baseline) {

    public double value() {
        return subject.median() / baseline.median();
    }
}
