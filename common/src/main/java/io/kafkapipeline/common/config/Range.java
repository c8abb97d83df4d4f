package io.kafkapipeline.common.config;

/**
 * The values a number setting accepts, named where it is declared: {@code Range.between(1, 86_400)} or
 * {@code Range.atLeast(0)} (as Kafka's {@code ConfigDef.Range}).
 */
public final class Range {
    private final Number min;
    private final Number max;

    private Range(Number min, Number max) {
        this.min = min;
        this.max = max;
    }

    /** From {@code min} to {@code max}, both included. */
    public static Range between(Number min, Number max) {
        if (min.doubleValue() > max.doubleValue()) {
            throw new IllegalArgumentException("empty range " + min + ".." + max);
        }
        return new Range(min, max);
    }

    /** {@code min} or more. */
    public static Range atLeast(Number min) {
        return new Range(min, null);
    }

    /** Throws {@link IllegalArgumentException} saying what is allowed when {@code value} is outside (or NaN). */
    void check(Number value) {
        double v = value.doubleValue();
        if (!(v >= min.doubleValue() && (max == null || v <= max.doubleValue()))) {
            throw new IllegalArgumentException(
                    max == null ? "must be at least " + min : "must be between " + min + " and " + max);
        }
    }

    @Override
    public String toString() {
        return max == null ? "[" + min + ",...]" : "[" + min + ",...," + max + "]";
    }
}
