package io.kafkapipeline.bench.stage;

import io.kafkapipeline.bench.Plan;
import io.kafkapipeline.bench.data.BenchRecord;
import io.kafkapipeline.bench.data.RowWaiter;
import io.kafkapipeline.bench.data.Shape;
import io.kafkapipeline.bench.data.TopicLoader;
import io.kafkapipeline.bench.report.BenchReport;
import io.kafkapipeline.bench.report.Figure;
import io.kafkapipeline.bench.stack.ProcCpu;
import io.kafkapipeline.bench.stats.Stats;
import io.kafkapipeline.bench.stats.Stopwatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sink throughput: N records pre-loaded in a topic of one partition, time until all are rows, through the pipeline's
 * connector config (one task). Baseline A: the same rows with async prepared INSERTs, as many in flight as the sink;
 * baseline B: the seed's synchronous logged batches of 100 at QUORUM. On fakerdata also connector settings against
 * the default, trials interleaved: the sink's writes waiting per poll (its behaviour before), one connection, and
 * batches across partition keys.
 *
 * <p>Every trial is a window of {@link Plan#sinkWindow()} of writing, whatever the rate. Every trial also
 * reads the CPU the Connect worker (or, for the baselines, this JVM as the driver's client) and Cassandra used per
 * row: the cost of a row does not depend on how much of the machine other work takes, the rate does.
 */
public final class SinkStage implements Stage {

    private static final Logger log = LoggerFactory.getLogger(SinkStage.class);
    static final String NAME = "1. Sink throughput";
    /** Settings tried against the default connector config on fakerdata, by the name the report gives them. */
    static final Map<String, Map<String, String>> VARIANTS = variants();

    private static Map<String, Map<String, String>> variants() {
        Map<String, Map<String, String>> v = new LinkedHashMap<>();
        // One connection to the node instead of the engine's 4: more requests per network write on both sides.
        v.put("1 connection", Map.of("datastax-java-driver.advanced.connection.pool.local.size", "1"));
        // Unlogged batches of up to maxNumberOfRecordsInBatch rows whatever their partition key (single node only).
        v.put("batches across partitions", Map.of("kafkapipeline.batch.across.partitions", "true"));
        // The sink as it was before writes continued across polls: put() waits for every write of its poll.
        v.put("writes waiting per poll", Map.of("kafkapipeline.write.across.polls", "false"));
        return v;
    }

    private static final int B_BATCH = 100;
    /** Baseline A's writes in flight: as many as the sink's (the engine's maxConcurrentRequests, 500). */
    static final int DIRECT_IN_FLIGHT = 512;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(BenchContext ctx) {
        BenchReport report = ctx.report();
        Plan plan = ctx.plan();
        SinkRunner runner = new SinkRunner(ctx.stack(), plan.sinkTimeout());
        DirectWriter direct = new DirectWriter(ctx.stack().session());
        long worker = ctx.stack().pid("connect");
        long cassandra = ctx.stack().pid("cassandra");
        long client = ProcessHandle.current().pid();
        idleCpu(report, worker, cassandra);
        SinkProfiler profiler =
                ctx.profileDir().map(dir -> new SinkProfiler(report, dir)).orElse(null);
        boolean warmedUp = false;
        for (Shape shape : Shape.values()) {
            List<BenchRecord> all = ctx.records(shape);
            String topic = topic(shape, 1);
            new TopicLoader(ctx.stack().bootstrapServers()).load(topic, 1, all);
            if (!warmedUp) {
                runner.run(shape, topic, 1, all, 1, Map.of(), plan.sinkLead(), plan.sinkLead());
                warmedUp = true;
            }
            sweep(ctx, direct, shape, all);
            int best = DIRECT_IN_FLIGHT;

            // Trials, interleaved so that a change in the machine's load hits every method alike.
            Map<String, Map<String, String>> variants = shape == Shape.FAKER ? VARIANTS : Map.of();
            Series sink = new Series();
            Map<String, Series> variantSeries = new LinkedHashMap<>();
            variants.keySet().forEach(name -> variantSeries.put(name, new Series()));
            Series a = new Series();
            Series b = new Series();
            if (profiler != null) {
                // Recorded trials of their own: JFR's sampling slows the recorded processes, so these do not count.
                SinkProfiler.Session sinkProfile = profiler.begin(
                        "sink " + shape.label(), Map.of("Connect worker", worker, "Cassandra", cassandra), false);
                runner.run(shape, topic, 1, all, 1, Map.of(), plan.sinkLead(), plan.sinkWindow());
                sinkProfile.end();
                SinkProfiler.Session aProfile =
                        profiler.begin("A " + shape.label(), Map.of("Cassandra", cassandra), true);
                direct.asyncPrepared(shape, all, best, plan.sinkWindow());
                aProfile.end();
            }
            // One trial of every method per round; the order turns each round, so a busy minute of the shared
            // machine does not always fall on the same method.
            List<Runnable> methods = new ArrayList<>();
            methods.add(
                    () -> sink.add(runner.run(shape, topic, 1, all, 1, Map.of(), plan.sinkLead(), plan.sinkWindow())));
            variants.forEach((name, overrides) -> methods.add(() -> variantSeries
                    .get(name)
                    .add(runner.run(shape, topic, 1, all, 1, overrides, plan.sinkLead(), plan.sinkWindow()))));
            methods.add(() ->
                    a.add(timed(client, cassandra, () -> direct.asyncPrepared(shape, all, best, plan.sinkWindow()))));
            methods.add(() -> b.add(
                    timed(client, cassandra, () -> direct.syncLoggedBatches(shape, all, B_BATCH, plan.sinkWindow()))));
            for (int t = 0; t < plan.trials(); t++) {
                for (int m = 0; m < methods.size(); m++) {
                    methods.get((m + t) % methods.size()).run();
                }
            }
            String what = "1 partition";
            Figure sinkRate = rate(
                    report,
                    "Connect sink",
                    shape,
                    sink,
                    what + ", 1 task, kafka/connect/"
                            + ctx.stack().connectorWriting(shape.table()).name() + ".json as is");
            Figure aRate = rate(
                    report,
                    "A: driver async prepared",
                    shape,
                    a,
                    best + " in flight (the sink's maxConcurrentRequests is 500), LOCAL_QUORUM");
            Figure bRate = rate(
                    report,
                    "B: seed's sync logged batches",
                    shape,
                    b,
                    "LOGGED batches of " + B_BATCH + ", QUORUM, one at a time");
            report.ratio(NAME, "sink / A (" + shape.label() + ")", sinkRate, aRate);
            report.ratio(NAME, "sink / B (" + shape.label() + ")", sinkRate, bRate);
            Figure workerCost = cost(
                    report,
                    "Connect worker",
                    "sink",
                    shape,
                    sink.clientCost,
                    "worker process (poll, JsonConverter, mapping, driver) over the measured window");
            Figure sinkCassandra = cost(
                    report, "Cassandra", "sink", shape, sink.cassandraCost, "Cassandra process over the same window");
            Figure clientCost = cost(
                    report, "client", "A", shape, a.clientCost, "benchmark JVM (driver, binding) during the trial");
            Figure aCassandra =
                    cost(report, "Cassandra", "A", shape, a.cassandraCost, "Cassandra process during the trial");
            cost(report, "Cassandra", "B", shape, b.cassandraCost, "Cassandra process during the trial");
            report.ratio(
                    NAME,
                    "worker CPU per row, sink / client CPU per row, A (" + shape.label() + ")",
                    workerCost,
                    clientCost);
            report.ratio(NAME, "Cassandra CPU per row, sink / A (" + shape.label() + ")", sinkCassandra, aCassandra);
            variants.forEach((name, overrides) -> {
                Series series = variantSeries.get(name);
                Figure rate = rate(report, "Connect sink, " + name, shape, series, what + ", 1 task, " + overrides);
                report.ratio(NAME, "sink / sink with " + name + " (" + shape.label() + ")", sinkRate, rate);
                Figure cost = cost(
                        report,
                        "Connect worker",
                        "sink, " + name,
                        shape,
                        series.clientCost,
                        "worker process over the measured window");
                report.ratio(
                        NAME,
                        "worker CPU per row, sink with " + name + " / sink (" + shape.label() + ")",
                        cost,
                        workerCost);
            });
            shortTrials(report, shape, "sink", sink);
            shortTrials(report, shape, "A", a);
            shortTrials(report, shape, "B", b);
            nodeLimit(report, shape, sinkRate, aRate, aCassandra, sinkCassandra, workerCost);
        }
        report.note(
                NAME,
                "One untimed warm-up sink trial runs first (JIT of the Connect worker and the engine). Every trial is"
                        + " a window of " + plan.sinkWindow().toSeconds() + " s of writing; the tables' "
                        + plan.maxSinkRecords()
                        + " prepared records only bound the fastest rate that can be measured.");
        report.note(
                NAME,
                "Sink rows/s: each trial registers a new connector (a new consumer group reading the topic from offset"
                        + " 0, after TRUNCATE) and, " + plan.sinkLead().toSeconds()
                        + " s after the first row is readable"
                        + " (task start, group join and first fetches left out), measures for "
                        + plan.sinkWindow().toSeconds() + " s how many of the topic's leading records became rows"
                        + " (a binary search of single-row reads at both ends of the window: exact to within the writes"
                        + " in flight). A and B write the same records in order for the same time; the rows are counted"
                        + " when every write of the window is acknowledged.");
        report.note(
                NAME,
                "faker rows have one partition key each; weather rows share 20 partition keys, "
                        + "so the engine groups them into unlogged batches per partition key.");
    }

    /** The rows/s and the CPU per row of one method's trials. */
    private static final class Series {
        final List<Double> rates = new ArrayList<>();
        final List<Double> seconds = new ArrayList<>();
        final List<Integer> rows = new ArrayList<>();
        final List<Double> clientCost = new ArrayList<>();
        final List<Double> cassandraCost = new ArrayList<>();

        void add(SinkRunner.Trial trial) {
            rates.add(trial.rowsPerSecond());
            seconds.add(trial.seconds());
            rows.add(trial.rows());
            clientCost.add(trial.workerMicrosPerRow());
            cassandraCost.add(trial.cassandraMicrosPerRow());
        }

        void add(Timed timed) {
            int n = timed.written.rows();
            rates.add(timed.written.rowsPerSecond());
            seconds.add(timed.written.seconds());
            rows.add(n);
            clientCost.add(timed.clientCpuMs * 1000 / n);
            cassandraCost.add(timed.cassandraCpuMs * 1000 / n);
        }

        String writing() {
            return String.format(
                    "%,d–%,d rows in %.1f–%.1f s per trial",
                    rows.stream().mapToInt(Integer::intValue).min().orElse(0),
                    rows.stream().mapToInt(Integer::intValue).max().orElse(0),
                    Stats.percentile(seconds, 0),
                    Stats.max(seconds));
        }
    }

    /** A method's rows/s on a shape; the detail ends with how many rows its trials wrote in how long. */
    private static Figure rate(BenchReport report, String method, Shape shape, Series series, String settings) {
        return report.add(new Figure(
                NAME, method + ", " + shape.label(), "rows/s", series.rates, settings + "; " + series.writing()));
    }

    /** A process's CPU per row while a method wrote a shape: "cost: Cassandra CPU per row, A, fakerdata". */
    private static Figure cost(
            BenchReport report, String process, String method, Shape shape, List<Double> perRow, String detail) {
        return report.add(new Figure(
                NAME, "cost: " + process + " CPU per row, " + method + ", " + shape.label(), "µs/row", perRow, detail));
    }

    private record Timed(DirectWriter.Written written, double clientCpuMs, double cassandraCpuMs) {}

    private static Timed timed(long client, long cassandra, Supplier<DirectWriter.Written> trial) {
        ProcCpu.Reading before = ProcCpu.Reading.of(client, cassandra);
        DirectWriter.Written written = trial.get();
        ProcCpu.Reading after = ProcCpu.Reading.of(client, cassandra);
        return new Timed(written, after.since(before, 0), after.since(before, 1));
    }

    private static void idleCpu(BenchReport report, long worker, long cassandra) {
        ProcCpu.Reading before = ProcCpu.Reading.of(worker, cassandra);
        Stopwatch clock = Stopwatch.start();
        RowWaiter.sleep(5_000);
        ProcCpu.Reading after = ProcCpu.Reading.of(worker, cassandra);
        double ms = clock.millis();
        report.note(
                NAME,
                String.format(
                        "Idle before the trials (5 s, the pipeline's own connectors running on empty topics): Connect"
                                + " worker %.1f %%, Cassandra %.1f %% of one core. Over a trial of t s that adds about"
                                + " idle × t / N to the CPU per row, a few µs here.",
                        100 * after.since(before, 0) / ms, 100 * after.since(before, 1) / ms));
    }

    private static void shortTrials(BenchReport report, Shape shape, String method, Series series) {
        long shortOnes =
                series.seconds.stream().filter(s -> s < Plan.MIN_TRIAL_SECONDS).count();
        if (shortOnes > 0) {
            report.note(
                    NAME,
                    String.format(
                            "**Warning:** %d %s trial(s) of %s wrote for less than %d s (%.1f s shortest): the"
                                    + " prepared records ran out (raise the plan's maxSinkRecords).",
                            shortOnes,
                            method,
                            shape.label(),
                            Plan.MIN_TRIAL_SECONDS,
                            Stats.percentile(series.seconds, 0)));
        }
    }

    /**
     * How far the methods are from what Cassandra alone could take on this machine: all cores for Cassandra at the
     * CPU per row baseline A costs it.
     */
    private static void nodeLimit(
            BenchReport report,
            Shape shape,
            Figure sinkRate,
            Figure aRate,
            Figure aCassandra,
            Figure sinkCassandra,
            Figure workerCost) {
        int cores = Runtime.getRuntime().availableProcessors();
        double nodeLimit = cores * 1e6 / aCassandra.median();
        double pipelineLimit = cores * 1e6 / (sinkCassandra.median() + workerCost.median());
        report.note(
                NAME,
                String.format(
                        "%s: Cassandra's own limit on %d cores at A's %.0f µs per row is about %.0f rows/s; A reached"
                                + " %.0f %% of it, the sink %.0f %%. With the worker's CPU per row added (%.0f + %.0f µs),"
                                + " %d cores would carry at most %.0f rows/s through the sink, which it reached %.0f %% of."
                                + " The rest of the cores went to Kafka, the benchmark JVM and the machine's other load.",
                        shape.label(),
                        cores,
                        aCassandra.median(),
                        nodeLimit,
                        100 * aRate.median() / nodeLimit,
                        100 * sinkRate.median() / nodeLimit,
                        workerCost.median(),
                        sinkCassandra.median(),
                        cores,
                        pipelineLimit,
                        100 * sinkRate.median() / pipelineLimit));
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
            rates.add(runner.run(
                            shape,
                            topic,
                            partitions,
                            records,
                            tasks,
                            overrides,
                            ctx.plan().sinkLead(),
                            ctx.plan().sinkWindow())
                    .rowsPerSecond());
        }
        return rates;
    }

    /**
     * Baseline A's rate at each in-flight limit of the plan, one short trial each, as a note: whether A would go
     * faster with more or fewer writes in flight than the sink's (A itself runs at {@link #DIRECT_IN_FLIGHT}).
     */
    private static void sweep(BenchContext ctx, DirectWriter direct, Shape shape, List<BenchRecord> records) {
        StringBuilder sweep = new StringBuilder();
        for (int c : ctx.plan().directConcurrencies()) {
            double rate = direct.asyncPrepared(shape, records, c, ctx.plan().sweepWindow())
                    .rowsPerSecond();
            sweep.append(c).append(" in flight: ").append(Math.round(rate)).append(" rows/s; ");
        }
        log.info("direct write sweep, {}: {}", shape.label(), sweep);
        ctx.report()
                .note(
                        NAME,
                        "Baseline A in-flight sweep (" + shape.label() + ", one "
                                + ctx.plan().sweepWindow().toSeconds() + " s trial each; A runs at " + DIRECT_IN_FLIGHT
                                + "): " + sweep);
    }
}
