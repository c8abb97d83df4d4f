package io.kafkapipeline.bench.stats;

/** Elapsed time from a start, in seconds or milliseconds. */
public final class Stopwatch {

    private final long start;

    private Stopwatch(long start) {
        this.start = start;
    }

    public static Stopwatch start() {
        return new Stopwatch(System.nanoTime());
    }

    public double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    public double millis() {
        return (System.nanoTime() - start) / 1e6;
    }
}
