package io.kafkapipeline.bench.stage;

import io.kafkapipeline.bench.report.BenchReport;
import io.kafkapipeline.bench.report.Figure;
import io.kafkapipeline.bench.stack.BenchStack;
import io.kafkapipeline.bench.stack.ProcMemory;
import io.kafkapipeline.cassandra.Schema;
import io.kafkapipeline.cassandra.Table;
import io.kafkapipeline.stack.StackConfig;
import io.kafkapipeline.stack.connect.ConnectorConfigs;
import io.kafkapipeline.stack.node.ServiceNode;
import io.kafkapipeline.stack.node.StackNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cold start (fresh state folder) of the whole pipeline with its three producers (replayed sources): time to each
 * process ready, to the whole stack ready, to the first row in every table, and each process's peak RSS. The stack of
 * the last trial stays up for the other stages, without producers and without the pipeline's own connectors.
 */
public final class StartupStage implements Stage {

    private static final Logger log = LoggerFactory.getLogger(StartupStage.class);
    static final String NAME = "4. Start-up and footprint";
    private static final List<String> TABLES =
            Schema.tables().stream().map(Table::qualifiedName).toList();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        Map<String, List<Double>> ready = new LinkedHashMap<>();
        Map<String, List<Double>> firstRows = new LinkedHashMap<>();
        Map<String, List<Double>> rss = new LinkedHashMap<>();
        int trials = ctx.plan().startupTrials();
        for (int t = 1; t <= trials; t++) {
            BenchStack stack = BenchStack.of(BenchStack.config(StackConfig.ALL_PRODUCERS));
            FirstRows rows = new FirstRows(stack, TABLES);
            stack.onProgress(m -> {
                if (m.startsWith("Schema applied")) {
                    rows.start();
                }
            });
            boolean keep = t == trials;
            try {
                stack.start();
                if (keep) {
                    ctx.stack(stack);
                }
                stack.readyAtMs()
                        .forEach((name, ms) -> ready.computeIfAbsent(name, k -> new ArrayList<>())
                                .add(ms / 1000));
                Map<String, Double> first = rows.await(Duration.ofSeconds(120));
                for (String table : TABLES) {
                    if (!first.containsKey(table)) {
                        throw new IllegalStateException("no row in " + table + " 120 s after the stack was ready");
                    }
                    firstRows.computeIfAbsent(table, k -> new ArrayList<>()).add(first.get(table) / 1000);
                }
                for (StackNode node : stack.allNodes()) {
                    node.jvm()
                            .pid()
                            .flatMap(pid -> {
                                var peak = ProcMemory.peakMb(pid);
                                return peak.isPresent()
                                        ? java.util.Optional.of(peak.getAsLong())
                                        : java.util.Optional.empty();
                            })
                            .ifPresent(mb -> rss.computeIfAbsent(node.displayName(), k -> new ArrayList<>())
                                    .add(mb.doubleValue()));
                }
            } finally {
                if (!keep) {
                    stack.close();
                }
            }
        }
        BenchReport report = ctx.report();
        String detail = "from the start of the launch";
        ready.forEach((name, v) -> report.add(new Figure(NAME, name + " ready", "s", v, detail)));
        firstRows.forEach((table, v) ->
                report.add(new Figure(NAME, "first row in " + table, "s", v, "from the start of the launch")));
        rss.forEach((name, v) -> report.add(
                new Figure(NAME, "peak RSS of " + name + " at start-up", "MB", v, "VmHWM after the first rows")));
        report.note(
                NAME,
                "Cold start: a fresh state folder, free ports, default heaps (Kafka 512m, Connect 512m, "
                        + "Cassandra 1g), the three producers with SOURCE=replay (recorded API answers), the pipeline's three "
                        + "connectors; the launcher starts Cassandra and Kafka side by side, Connect once Kafka answers, the "
                        + "producers once everything else is ready. 'Local stack ready' is when the launcher returns.");
        report.note(NAME, "Peak RSS 'over the run' is read after every other stage (servers under benchmark load).");
        prepareForOtherStages(ctx.stack());
    }

    /** Stops the producers and removes the pipeline's own connectors: the other stages use their own topics. */
    private static void prepareForOtherStages(BenchStack stack) {
        for (ServiceNode producer : stack.stack().producers()) {
            producer.stop();
        }
        for (String name : ConnectorConfigs.load(stack.config().connectorConfigDir()).stream()
                .map(ConnectorConfigs.Connector::name)
                .toList()) {
            try {
                stack.connect().delete(name);
            } catch (RuntimeException e) {
                log.warn("could not delete connector {}: {}", name, e.getMessage());
            }
        }
    }
}
