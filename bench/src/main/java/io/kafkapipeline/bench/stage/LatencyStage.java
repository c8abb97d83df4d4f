package io.kafkapipeline.bench.stage;

import io.kafkapipeline.bench.data.BenchRecord;
import io.kafkapipeline.bench.data.RowWaiter;
import io.kafkapipeline.bench.data.Shape;
import io.kafkapipeline.bench.data.TopicLoader;
import io.kafkapipeline.bench.report.BenchReport;
import io.kafkapipeline.bench.report.Figure;
import io.kafkapipeline.bench.stack.BenchStack;
import io.kafkapipeline.bench.stats.Stats;
import io.kafkapipeline.bench.stats.Stopwatch;
import io.kafkapipeline.common.contract.FakerPerson;
import io.kafkapipeline.common.kafka.KafkaSettings;
import io.kafkapipeline.common.kafka.ProducerFactory;
import io.kafkapipeline.stack.connect.ConnectRest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * End-to-end latency at fixed rates: faker records sent by the project's producer settings (ProducerFactory: acks=all,
 * idempotence, lz4, linger 20 ms) through a running sink connector: from the send to a poll by key finding the row
 * (sampled, ~50 records/s). One untimed warm-up trial first.
 */
public final class LatencyStage implements Stage {

    private static final Logger log = LoggerFactory.getLogger(LatencyStage.class);
    static final String NAME = "2. End-to-end latency";
    private static final String TOPIC = "bench-latency";
    private static final int SAMPLES_PER_SECOND = 50;
    private static final double[] PERCENTILES = {50, 95, 99, 100};
    private static final String[] LABELS = {"p50", "p95", "p99", "max"};

    private final Map<String, String> overrides;

    /** With the pipeline's connector config as is. */
    public LatencyStage() {
        this(Map.of());
    }

    /** With these settings over the pipeline's connector config (for comparisons). */
    public LatencyStage(Map<String, String> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        BenchStack stack = ctx.stack();
        new TopicLoader(stack.bootstrapServers()).create(TOPIC, 1);
        ConnectRest connect = stack.connect();
        String connector = "bench-latency";
        Map<String, String> config = new LinkedHashMap<>(stack.connectorConfig(Shape.FAKER.table(), TOPIC));
        config.putAll(overrides);
        connect.putConfig(connector, config);
        SinkRunner.awaitTasks(connect, connector, 1);
        FakerPerson template =
                FakerPerson.fromJson(ctx.records(Shape.FAKER).get(0).json());
        try (KafkaProducer<String, String> producer = ProducerFactory.create(new KafkaSettings(
                stack.bootstrapServers(),
                TOPIC,
                "bench-latency",
                "lz4",
                Duration.ofMillis(20),
                Duration.ofMinutes(5),
                Duration.ofMinutes(5)))) {
            int trialNo = 0;
            Tables.truncate(stack.session(), Shape.FAKER);
            trial(ctx, producer, template, ctx.plan().latencyRates().get(0), trialNo);
            for (int rate : ctx.plan().latencyRates()) {
                Map<String, List<Double>> readable = new LinkedHashMap<>();
                for (int t = 0; t < ctx.plan().trials(); t++) {
                    trialNo++;
                    Tables.truncate(stack.session(), Shape.FAKER);
                    collect(readable, trial(ctx, producer, template, rate, trialNo));
                }
                String detail = ctx.plan().latencyDuration().toSeconds() + " s at " + rate + " records/s, 1 partition, "
                        + "1 task";
                for (int i = 0; i < LABELS.length; i++) {
                    ctx.report()
                            .add(new Figure(
                                    NAME,
                                    rate + " records/s, " + LABELS[i],
                                    "ms",
                                    readable.get(LABELS[i]),
                                    detail + ", sampled poll by key"));
                }
            }
        } finally {
            connect.delete(connector);
        }
        BenchReport report = ctx.report();
        report.note(
                NAME,
                "Each percentile is computed per trial (send → row readable, polled by key every 2 ms for "
                        + "a sample of about 50 records/s), then the median of the trials is shown. The row's writetime "
                        + "cannot measure this: the sink writes with the Kafka record's timestamp (writetime = send time).");
        report.note(
                NAME,
                "The producer lingers up to 20 ms (the producers' default KAFKA_LINGER_MS) before a send; "
                        + "the Connect worker's consumer fetch, the sink's mapping and the write add the rest. The poller keeps at most "
                        + ReadablePoller.MAX_READS_IN_FLIGHT
                        + " reads in flight (oldest samples first), so late rows do not flood Cassandra with reads.");
    }

    private List<Double> trial(
            BenchContext ctx, KafkaProducer<String, String> producer, FakerPerson template, int rate, int trialNo) {
        BenchStack stack = ctx.stack();
        long total = rate * ctx.plan().latencyDuration().toSeconds();
        int sampleEvery = Math.max(1, rate / SAMPLES_PER_SECOND);
        long periodNanos = 1_000_000_000L / rate;
        BenchRecord last = null;
        try (ReadablePoller poller = new ReadablePoller(stack.session(), Shape.FAKER.selectByKeyCql())) {
            long start = System.nanoTime();
            for (long i = 0; i < total; i++) {
                long due = start + i * periodNanos;
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(Math.min(wait, 500_000));
                }
                Instant sent = Instant.now().truncatedTo(ChronoUnit.MICROS);
                long sentNanos = System.nanoTime();
                FakerPerson p = new FakerPerson(
                        "lat-" + trialNo + "-" + i,
                        "bench",
                        template.year(),
                        "sent-" + (sent.getEpochSecond() * 1_000_000 + sent.getNano() / 1_000) + "@bench.invalid",
                        template.phoneNumber(),
                        template.company(),
                        template.job(),
                        template.city(),
                        template.country(),
                        template.dateOfBirth());
                last = BenchRecord.of(p);
                producer.send(new ProducerRecord<>(TOPIC, last.key(), last.json()));
                if (i % sampleEvery == 0) {
                    poller.track(Shape.FAKER.keyOf(last), sentNanos);
                }
            }
            producer.flush();
            Stopwatch drain = Stopwatch.start();
            new RowWaiter(stack.session(), Shape.FAKER)
                    .awaitAll(
                            List.of(last),
                            total,
                            drain,
                            Duration.ofSeconds(180),
                            () -> "latency trial at " + rate + "/s");
            while (poller.pending() > 0 && drain.seconds() < 200) {
                RowWaiter.sleep(10);
            }
            List<Double> readable = poller.latenciesMs();
            log.info(
                    "{}/s trial {}: p50 {} ms, p99 {} ms ({} samples)",
                    rate,
                    trialNo,
                    Math.round(Stats.percentile(readable, 50)),
                    Math.round(Stats.percentile(readable, 99)),
                    readable.size());
            return readable;
        }
    }

    private static void collect(Map<String, List<Double>> into, List<Double> values) {
        for (int i = 0; i < LABELS.length; i++) {
            into.computeIfAbsent(LABELS[i], k -> new ArrayList<>()).add(Stats.percentile(values, PERCENTILES[i]));
        }
    }
}
