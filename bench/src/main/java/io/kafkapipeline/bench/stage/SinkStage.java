package io.kafkapipeline.bench.stage;

import io.kafkapipeline.bench.data.BenchRecord;
import io.kafkapipeline.bench.data.Shape;
import io.kafkapipeline.bench.data.TopicLoader;
import io.kafkapipeline.bench.report.BenchReport;
import io.kafkapipeline.bench.report.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sink throughput: N records pre-loaded in a topic of one partition, time until all are rows, through the pipeline's
 * connector config (one task). Baseline A: the same rows with async prepared INSERTs at the best concurrency tried;
 * baseline B: the seed's synchronous logged batches of 100 at QUORUM. Also one tuned connector setting.
 */
public final class SinkStage implements Stage {

    private static final Logger log = LoggerFactory.getLogger(SinkStage.class);
    static final String NAME = "1. Sink throughput";
    /** Tuning tried: a bigger poll per put() gives the engine more writes in flight per batch. */
    static final Map<String, String> TUNED = Map.of("consumer.override.max.poll.records", "2000");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(BenchContext ctx) {
        BenchReport report = ctx.report();
        SinkRunner runner = new SinkRunner(ctx.stack(), ctx.plan().sinkTimeout());
        DirectWriter direct = new DirectWriter(ctx.stack().session());
        int n = ctx.plan().sinkRecords();
        boolean warmedUp = false;
        for (Shape shape : Shape.values()) {
            List<BenchRecord> records = ctx.records(shape);
            String topic = topic(shape, 1);
            new TopicLoader(ctx.stack().bootstrapServers()).load(topic, 1, records);
            String what = n + " " + shape.label() + " records, 1 partition";
            if (!warmedUp) {
                runner.run(shape, topic, 1, records, 1, Map.of());
                warmedUp = true;
            }
            // The tuned setting is tried on the faker shape, its trials interleaved with the default's.
            boolean tune = shape == Shape.FAKER;
            List<Double> plain = new ArrayList<>();
            List<Double> tunedRates = new ArrayList<>();
            for (int t = 0; t < ctx.plan().trials(); t++) {
                plain.add(runner.run(shape, topic, 1, records, 1, Map.of()).rowsPerSecond());
                if (tune) {
                    tunedRates.add(
                            runner.run(shape, topic, 1, records, 1, TUNED).rowsPerSecond());
                }
            }
            Figure sink = report.add(new Figure(
                    NAME,
                    "Connect sink, " + shape.label(),
                    "rows/s",
                    plain,
                    what + ", 1 task, kafka/connect/"
                            + ctx.stack().connectorWriting(shape.table()).name() + ".json as is"));
            if (tune) {
                Figure tuned = report.add(new Figure(
                        NAME,
                        "Connect sink tuned, " + shape.label(),
                        "rows/s",
                        tunedRates,
                        what + ", 1 task, " + TUNED));
                report.ratio(NAME, "tuned sink / sink (" + shape.label() + ")", tuned, sink);
            }

            int best = bestConcurrency(ctx, direct, shape, records);
            List<Double> a = new ArrayList<>();
            List<Double> b = new ArrayList<>();
            for (int t = 0; t < ctx.plan().trials(); t++) {
                a.add(n / direct.asyncPrepared(shape, records, best));
                b.add(n / direct.syncLoggedBatches(shape, records, 100));
            }
            Figure baseA = report.add(new Figure(
                    NAME,
                    "A: driver async prepared, " + shape.label(),
                    "rows/s",
                    a,
                    what + "; " + best + " in flight (best of " + ctx.plan().directConcurrencies()
                            + "), LOCAL_QUORUM"));
            Figure baseB = report.add(new Figure(
                    NAME,
                    "B: seed's sync logged batches, " + shape.label(),
                    "rows/s",
                    b,
                    n + " rows; LOGGED batches of 100, QUORUM, one at a time"));
            report.ratio(NAME, "sink / A (" + shape.label() + ")", sink, baseA);
            report.ratio(NAME, "sink / B (" + shape.label() + ")", sink, baseB);
        }
        report.note(NAME, "One untimed warm-up sink trial runs first (JIT of the Connect worker and the engine).");
        report.note(
                NAME,
                "Sink rows/s = N / (time the last row became readable − time the first row became "
                        + "readable): task start, consumer group join and the first fetch are left out (they are in the raw "
                        + "log lines: 'first after … ms'). The end is when the last record of each partition is readable "
                        + "(polled every 20 ms); put() writes a polled batch completely before the next poll, so only records "
                        + "of that last batch can land a few ms later. A paged count then checks that all N rows are there "
                        + "(and would move the end later if not). Each trial registers a new connector, i.e. a new consumer "
                        + "group reading the topic from offset 0, after TRUNCATE.");
        report.note(
                NAME,
                "faker rows have one partition key each; weather rows share 20 partition keys, "
                        + "so the engine groups them into unlogged batches per partition key.");
    }

    static String topic(Shape shape, int partitions) {
        return "bench-" + shape.label() + "-p" + partitions;
    }

    static List<Double> sinkTrials(
            BenchContext ctx,
            SinkRunner runner,
            Shape shape,
            String topic,
            int partitions,
            List<BenchRecord> records,
            int tasks,
            Map<String, String> overrides) {
        List<Double> rates = new ArrayList<>();
        for (int t = 0; t < ctx.plan().trials(); t++) {
            rates.add(runner.run(shape, topic, partitions, records, tasks, overrides)
                    .rowsPerSecond());
        }
        return rates;
    }

    private static int bestConcurrency(BenchContext ctx, DirectWriter direct, Shape shape, List<BenchRecord> records) {
        int best = ctx.plan().directConcurrencies().get(0);
        double bestRate = 0;
        StringBuilder sweep = new StringBuilder();
        for (int c : ctx.plan().directConcurrencies()) {
            double rate = records.size() / direct.asyncPrepared(shape, records, c);
            sweep.append(c).append(" in flight: ").append(Math.round(rate)).append(" rows/s; ");
            if (rate > bestRate) {
                bestRate = rate;
                best = c;
            }
        }
        log.info("direct write sweep, {}: {}", shape.label(), sweep);
        ctx.report().note(NAME, "Baseline A concurrency sweep (" + shape.label() + ", one trial each): " + sweep);
        return best;
    }
}
