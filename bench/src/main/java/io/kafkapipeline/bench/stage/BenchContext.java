package io.kafkapipeline.bench.stage;

import io.kafkapipeline.bench.Plan;
import io.kafkapipeline.bench.data.BenchRecord;
import io.kafkapipeline.bench.data.Shape;
import io.kafkapipeline.bench.report.BenchReport;
import io.kafkapipeline.bench.stack.BenchStack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the stages share: the plan, the report, the running stack, and the records generated once. */
public final class BenchContext {

    private final Plan plan;
    private final BenchReport report;
    private BenchStack stack;
    private final Map<Shape, List<BenchRecord>> records = new EnumMap<>(Shape.class);
    private Path profileDir;

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

    /** The stages' folder for their files (payloads, probe logs) in the stack's state folder; created if missing. */
    public Path workDir() throws IOException {
        return Files.createDirectories(stack().config().stateDir().resolve("bench"));
    }

    /** Where --profile writes its JFR recordings; empty without --profile. */
    public Optional<Path> profileDir() {
        return Optional.ofNullable(profileDir);
    }

    public void profileDir(Path dir) {
        this.profileDir = dir;
    }

    /** The plan's records of a shape (the same seed always gives the same records). */
    public List<BenchRecord> records(Shape shape) {
        return records(shape, plan.maxSinkRecords());
    }

    /** The first {@code count} records of a shape, generated on first use. */
    public synchronized List<BenchRecord> records(Shape shape, int count) {
        List<BenchRecord> known = records.get(shape);
        if (known == null || known.size() < count) {
            known = shape.generate(count, 42);
            records.put(shape, known);
        }
        return known.subList(0, count);
    }
}
