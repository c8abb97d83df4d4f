package io.kafkapipeline.bench.stage;

import io.kafkapipeline.bench.data.BenchRecord;
import io.kafkapipeline.bench.data.Shape;
import io.kafkapipeline.bench.data.TopicLoader;
import io.kafkapipeline.bench.report.BenchReport;
import io.kafkapipeline.bench.report.Figure;
import java.util.List;
import java.util.Map;

/** Sink throughput (faker rows) with 1, 2, 4 tasks on topics of 1 and 3 partitions, against 1 task on 1 partition. */
public final class ScalingStage implements Stage {

    static final String NAME = "5. Scaling";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(BenchContext ctx) {
        BenchReport report = ctx.report();
        Shape shape = Shape.FAKER;
        List<BenchRecord> records = ctx.records(shape);
        Figure base = report.figure(SinkStage.NAME, "Connect sink, " + shape.label())
                .orElseThrow(() -> new IllegalStateException("no 1-task, 1-partition figure from stage 1"));
        SinkRunner runner = new SinkRunner(ctx.stack(), ctx.plan().sinkTimeout());
        boolean loaded3 = false;
        Figure oneTaskThree = null;
        for (int[] combo : ctx.plan().scaling()) {
            int partitions = combo[0];
            int tasks = combo[1];
            String topic = SinkStage.topic(shape, partitions);
            if (partitions == 3 && !loaded3) {
                new TopicLoader(ctx.stack().bootstrapServers()).load(topic, 3, records);
                loaded3 = true;
            }
            Figure f = report.add(new Figure(
                    NAME,
                    tasks + " task(s), " + partitions + " partition(s)",
                    "rows/s",
                    SinkStage.sinkTrials(ctx, runner, shape, topic, partitions, records, tasks, Map.of()),
                    records.size() + " faker records"));
            report.ratio(NAME, tasks + " task(s), " + partitions + " partition(s) / 1 task, 1 partition", f, base);
            if (partitions == 3 && tasks == 1) {
                oneTaskThree = f;
            } else if (partitions == 3 && oneTaskThree != null) {
                report.ratio(NAME, tasks + " tasks / 1 task (3 partitions)", f, oneTaskThree);
            }
        }
        report.note(
                NAME,
                "Baseline: stage 1's 'Connect sink, fakerdata' (1 task, 1 partition). A topic with one "
                        + "partition gives work to one task only, whatever tasks.max says.");
    }
}
