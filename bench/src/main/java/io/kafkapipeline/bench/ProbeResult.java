package io.kafkapipeline.bench;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line a probe (a stage's child JVM: {@link ClassifierProbe}, {@link ProducerRuntimeProbe}) ends with, {@code
 * RESULT records=N seconds=S rate=R} and the probe's own counts, and how the stage reads the rate back from its output.
 */
public final class ProbeResult {

    private static final Pattern LINE = Pattern.compile("RESULT records=\\d+ seconds=[\\d.]+ rate=([\\d.]+)");

    private ProbeResult() {}

    /** The line for {@code records} done in {@code nanos}, then {@code extra} ({@code name=value ...}). */
    public static String line(long records, long nanos, String extra) {
        double seconds = nanos / 1e9;
        return String.format(
                Locale.ROOT, "RESULT records=%d seconds=%.3f rate=%.1f %s", records, seconds, records / seconds, extra);
    }

    /** The rate (records/s) of the first RESULT line in a probe's output; empty when there is none. */
    public static OptionalDouble rate(String output) {
        Matcher m = LINE.matcher(output);
        return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
    }
}
