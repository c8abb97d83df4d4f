package io.kafkapipeline.bench.stage;

import io.kafkapipeline.bench.Plan;
import io.kafkapipeline.bench.data.BenchRecord;
import io.kafkapipeline.bench.data.Shape;
import io.kafkapipeline.bench.report.BenchReport;
import io.kafkapipeline.bench.stack.BenchStack;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What the stages share: the plan, the report, the running stack, and the records generated once. */
public final class BenchContext {

    private final Plan plan;
    private final BenchReport report;
    private BenchStack stack;
    private final Map<Shape, List<BenchRecord>> records = new EnumMap<>(Shape.class);

    public BenchContext(Plan plan, BenchReport report) {
        this.plan = plan;
        this.report = report;
    }

    public Plan plan() {
        return plan;
    }

    public BenchReport report() {
        return report;
    }

    public BenchStack stack() {
        if (stack == null) {
            throw new IllegalStateException("the local stack did not start");
        }
        return stack;
    }

    public boolean hasStack() {
        return stack != null;
    }

    public void stack(BenchStack stack) {
        this.stack = stack;
    }

    /** The plan's number of sink records of a shape, generated on first use. */
    public synchronized List<BenchRecord> records(Shape shape) {
        return records.computeIfAbsent(shape, s -> s.generate(plan.sinkRecords(), 42));
    }
}
