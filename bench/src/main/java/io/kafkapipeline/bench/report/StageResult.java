package io.kafkapipeline.bench.report;

/** How a stage ended: {@code error} is null when it passed. */
public record StageResult(String stage, double seconds, String loadBefore, String loadAfter, String error) {

    public boolean passed() {
        return error == null;
    }
}
