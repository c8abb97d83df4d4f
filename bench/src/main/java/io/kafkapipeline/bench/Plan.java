package io.kafkapipeline.bench;

import java.time.Duration;
import java.util.List;

/**
 * How much each stage does. Sink and baseline trials are sized from a short probe of each method's rate so that
 * every trial writes for about {@code sinkSeconds} (at least 10 s), whatever the machine's speed or load.
 *
 * @param probeRecords records of the probe that sizes the trials (also the sink's untimed warm-up)
 * @param sinkSeconds writing time each sink and baseline trial is sized for
 * @param maxSinkRecords cap on the records of one trial (memory of the benchmark JVM)
 */
public record Plan(
        String mode,
        int trials,
        int startupTrials,
        int probeRecords,
        int sinkSeconds,
        int maxSinkRecords,
        List<Integer> directConcurrencies,
        List<Integer> latencyRates,
        Duration latencyDuration,
        int producerRecords,
        boolean producerLingerVariants,
        List<int[]> scaling,
        Duration sinkTimeout) {

    /** Shortest writing time of a trial the report accepts without a warning. */
    public static final int MIN_TRIAL_SECONDS = 10;

    /** Trials of ~13 s of writing, 3 per figure, latency at 100 and 1,000 records/s for 10 s, 1 and 4 tasks. */
    public static Plan quick() {
        return new Plan(
                "quick",
                3,
                1,
                10_000,
                13,
                300_000,
                List.of(64, 512),
                List.of(100, 1_000),
                Duration.ofSeconds(10),
                50_000,
                false,
                List.of(new int[] {3, 1}, new int[] {3, 4}),
                Duration.ofSeconds(300));
    }

    /** Trials of ~30 s of writing, latency at 100, 1,000 and 5,000 records/s for 20 s, 1, 2 and 4 tasks. */
    public static Plan full() {
        return new Plan(
                "full",
                3,
                2,
                20_000,
                30,
                1_000_000,
                List.of(256, 1024),
                List.of(100, 1_000, 5_000),
                Duration.ofSeconds(20),
                500_000,
                false,
                List.of(new int[] {3, 1}, new int[] {3, 2}, new int[] {3, 4}),
                Duration.ofSeconds(900));
    }

    /** Records for a trial of about {@code sinkSeconds} at {@code rowsPerSecond}, in whole thousands, capped. */
    public int recordsFor(double rowsPerSecond) {
        long n = (long) Math.ceil(rowsPerSecond * sinkSeconds / 1000.0) * 1000;
        return (int) Math.max(probeRecords, Math.min(maxSinkRecords, n));
    }
}
