package io.kafkapipeline.bench.stage;

import io.kafkapipeline.bench.ProbeResult;
import io.kafkapipeline.bench.ProducerRuntimeProbe;
import io.kafkapipeline.bench.data.BenchRecord;
import io.kafkapipeline.bench.data.Shape;
import io.kafkapipeline.bench.data.TopicLoader;
import io.kafkapipeline.bench.report.BenchReport;
import io.kafkapipeline.bench.report.Figure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Producer throughput: the project's producer runtime (ProducerFactory + RecordPublisher) against Kafka's own
 * ProducerPerformance, each in a child JVM with the same heap, the same 1,000 faker JSON payloads and the same
 * settings (acks=all, idempotence, lz4, linger 20 ms, default batch.size), to topics of 3 partitions.
 */
public final class ProducerStage implements Stage {

    static final String NAME = "3. Producer throughput";
    private static final Pattern PERF = Pattern.compile("(\\d+) records sent, ([\\d.]+) records/sec");
    private static final List<String> JVM = List.of("-Xms64m", "-Xmx256m");
    private static final int LINGER_MS = 20;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        String bootstrap = ctx.stack().bootstrapServers();
        Path work = ctx.workDir();
        Path payload = work.resolve("faker-payload.txt");
        List<BenchRecord> sample = ctx.records(Shape.FAKER).subList(0, 1000);
        Files.writeString(payload, sample.stream().map(BenchRecord::json).collect(Collectors.joining("\n")) + "\n");
        double avgBytes =
                sample.stream().mapToInt(r -> r.json().length()).average().orElse(0);
        TopicLoader topics = new TopicLoader(bootstrap);
        topics.create("bench-producer-runtime", 3);
        topics.create("bench-producer-perf", 3);
        int n = ctx.plan().producerRecords();
        BenchReport report = ctx.report();

        List<Double> runtime = new ArrayList<>();
        List<Double> perf = new ArrayList<>();
        for (int t = 0; t < ctx.plan().trials(); t++) {
            runtime.add(runtime(bootstrap, n, payload, LINGER_MS, work.resolve("runtime-" + t + ".log")));
            perf.add(perf(bootstrap, n, payload, work.resolve("perf-" + t + ".log")));
        }
        String settings = n + " records of ~" + Math.round(avgBytes) + " B, acks=all, idempotence, lz4, linger "
                + LINGER_MS + " ms, 3 partitions, -Xmx256m";
        Figure ours = report.add(
                new Figure(NAME, "project runtime (RecordPublisher)", "records/s", runtime, settings + ", keyed"));
        Figure kafka = report.add(new Figure(
                NAME, "Kafka ProducerPerformance", "records/s", perf, settings + ", no key (the tool sends none)"));
        report.ratio(NAME, "project runtime / ProducerPerformance", ours, kafka);
        if (ctx.plan().producerLingerVariants()) {
            for (int linger : List.of(5, 50)) {
                List<Double> v = new ArrayList<>();
                for (int t = 0; t < ctx.plan().trials(); t++) {
                    v.add(runtime(
                            bootstrap, n, payload, linger, work.resolve("runtime-l" + linger + "-" + t + ".log")));
                }
                Figure f = report.add(new Figure(
                        NAME,
                        "project runtime, linger " + linger + " ms",
                        "records/s",
                        v,
                        settings.replace("linger " + LINGER_MS, "linger " + linger) + ", keyed"));
                report.ratio(NAME, "runtime linger " + linger + " ms / linger " + LINGER_MS + " ms", f, ours);
            }
        }
        report.note(
                NAME,
                "Both measure from the first send to the last acknowledgement inside their JVM (JVM start "
                        + "not included). The project runtime sends keyed records (key = name|address), so records spread "
                        + "over the 3 partitions by hash; ProducerPerformance sends unkeyed records (sticky partitioner: "
                        + "fuller batches).");
    }

    private static double runtime(String bootstrap, int n, Path payload, int lingerMs, Path log) throws Exception {
        String out = ChildProcess.run(
                ProducerRuntimeProbe.class.getName(),
                JVM,
                List.of(
                        bootstrap,
                        "bench-producer-runtime",
                        Integer.toString(n),
                        payload.toString(),
                        Integer.toString(lingerMs)),
                600,
                log);
        return ProbeResult.rate(out)
                .orElseThrow(() -> new IllegalStateException(
                        "no RESULT line from the runtime probe: " + ChildProcess.tail(out, 500)));
    }

    private static double perf(String bootstrap, int n, Path payload, Path log) throws Exception {
        String out = ChildProcess.run(
                "org.apache.kafka.tools.ProducerPerformance",
                JVM,
                List.of(
                        "--topic",
                        "bench-producer-perf",
                        "--num-records",
                        Integer.toString(n),
                        "--throughput",
                        "-1",
                        "--payload-file",
                        payload.toString(),
                        "--producer-props",
                        "bootstrap.servers=" + bootstrap,
                        "acks=all",
                        "enable.idempotence=true",
                        "compression.type=lz4",
                        "linger.ms=" + LINGER_MS,
                        "client.id=bench-producer-perf"),
                600,
                log);
        Matcher m = PERF.matcher(out);
        String rate = null;
        while (m.find()) {
            rate = m.group(2);
        }
        if (rate == null) {
            throw new IllegalStateException("no summary line from ProducerPerformance: " + ChildProcess.tail(out, 500));
        }
        return Double.parseDouble(rate);
    }
}
