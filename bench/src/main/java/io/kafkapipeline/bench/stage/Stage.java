package io.kafkapipeline.bench.stage;

/** One part of the benchmark; throws when it cannot measure (never because something is slow). */
public interface Stage {

    String name();

    void run(BenchContext context) throws Exception;
}
