package io.kafkapipeline.bench.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything one run measured: figures, ratios, stage outcomes, notes, and where and how it ran. */
public final class BenchReport {

    private final String command;
    private final String mode;
    private final Machine machine;
    private final Instant startedAt;
    private final List<Figure> figures = new ArrayList<>();
    private final List<Ratio> ratios = new ArrayList<>();
    private final List<StageResult> stages = new ArrayList<>();
    private final Map<String, List<String>> notes = new LinkedHashMap<>();
    private String loadBefore = "n/a";
    private String loadAfter = "n/a";

    public BenchReport(String command, String mode, Machine machine, Instant startedAt) {
        this.command = command;
        this.mode = mode;
        this.machine = machine;
        this.startedAt = startedAt;
    }

    public synchronized Figure add(Figure figure) {
        figures.add(figure);
        return figure;
    }

    public synchronized void ratio(String stage, String name, Figure subject, Figure baseline) {
        ratios.add(new Ratio(stage, name, subject, baseline));
    }

    public synchronized void stage(StageResult result) {
        stages.add(result);
    }

    public synchronized void note(String stage, String text) {
        notes.computeIfAbsent(stage, k -> new ArrayList<>()).add(text);
    }

    public synchronized Optional<Figure> figure(String stage, String name) {
        return figures.stream()
                .filter(f -> f.stage().equals(stage) && f.name().equals(name))
                .findFirst();
    }

    public void load(String before, String after) {
        this.loadBefore = before;
        this.loadAfter = after;
    }

    public boolean allPassed() {
        return stages.stream().allMatch(StageResult::passed);
    }

    public String command() {
        return command;
    }

    public String mode() {
        return mode;
    }

    public Machine machine() {
        return machine;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public List<Figure> figures() {
        return List.copyOf(figures);
    }

    public List<Ratio> ratios() {
        return List.copyOf(ratios);
    }

    public List<StageResult> stages() {
        return List.copyOf(stages);
    }

    public Map<String, List<String>> notes() {
        return notes;
    }

    public String loadBefore() {
        return loadBefore;
    }

    public String loadAfter() {
        return loadAfter;
    }
}
