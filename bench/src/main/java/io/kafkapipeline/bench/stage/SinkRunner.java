package io.kafkapipeline.bench.stage;

import io.kafkapipeline.bench.data.BenchRecord;
import io.kafkapipeline.bench.data.RowWaiter;
import io.kafkapipeline.bench.data.Shape;
import io.kafkapipeline.bench.stack.BenchStack;
import io.kafkapipeline.bench.stats.Stopwatch;
import io.kafkapipeline.stack.connect.ConnectRest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sink trial: empties the table, registers a new connector on a pre-loaded topic and times until every row is
 * readable. A new connector name is a new consumer group, so it reads the topic from the start. The throughput counts
 * from the first row readable to the last (task start, group join and first fetch left out: a connector created
 * PAUSED gets no tasks in Connect 4.4, so they cannot be started ahead).
 */
public final class SinkRunner {

    private static final Logger log = LoggerFactory.getLogger(SinkRunner.class);
    private static final Duration TASK_START_TIMEOUT = Duration.ofSeconds(90);

    private final BenchStack stack;
    private final Duration timeout;

    public SinkRunner(BenchStack stack, Duration timeout) {
        this.stack = stack;
        this.timeout = timeout;
    }

    /** Result of a trial: seconds from registration to all rows, and milliseconds to the first row. */
    public record Trial(double seconds, double firstRowMs, int rows) {
        /** Rows per second from the first row readable to the last. */
        public double rowsPerSecond() {
            return rows / (seconds - firstRowMs / 1000);
        }
    }

    public Trial run(
            Shape shape,
            String topic,
            int partitions,
            List<BenchRecord> records,
            int tasks,
            Map<String, String> overrides) {
        Tables.truncate(stack.session(), shape);
        String name =
                "bench-" + shape.label() + "-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> config = new LinkedHashMap<>(stack.connectorConfig(shape.table(), topic));
        config.put("tasks.max", Integer.toString(tasks));
        config.putAll(overrides);
        ConnectRest connect = stack.connect();
        RowWaiter waiter = new RowWaiter(stack.session(), shape);
        List<BenchRecord> lasts =
                records.subList(records.size() - Math.min(partitions, records.size()), records.size());
        Stopwatch clock = Stopwatch.start();
        connect.putConfig(name, config);
        try {
            double first = waiter.awaitFirstRow(clock, timeout, () -> diagnosis(connect, name));
            double seconds = waiter.awaitAll(lasts, records.size(), clock, timeout, () -> diagnosis(connect, name));
            log.info(
                    "{}: {} rows in {} s, first after {} ms ({} tasks, {} partitions, {})",
                    name,
                    records.size(),
                    String.format("%.2f", seconds),
                    Math.round(first),
                    tasks,
                    partitions,
                    overrides);
            return new Trial(seconds, first, records.size());
        } finally {
            connect.delete(name);
        }
    }

    static void awaitTasks(ConnectRest connect, String name, int tasks) {
        Stopwatch clock = Stopwatch.start();
        while (true) {
            List<String> states = safeStates(connect, name);
            if (states.contains("FAILED")) {
                throw new IllegalStateException("connector " + name + " task failed: " + traces(connect, name));
            }
            if (states.size() >= tasks && states.stream().allMatch(s -> s.equals("RUNNING"))) {
                return;
            }
            if (clock.seconds() > TASK_START_TIMEOUT.toSeconds()) {
                throw new IllegalStateException("connector " + name + " tasks not started after "
                        + TASK_START_TIMEOUT.toSeconds() + " s: " + states);
            }
            RowWaiter.sleep(100);
        }
    }

    private static List<String> safeStates(ConnectRest connect, String name) {
        try {
            return taskStates(connect, name);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static List<String> taskStates(ConnectRest connect, String name) {
        return connect.connectorStatus(name)
                .map(ConnectRest.ConnectorStatus::taskStates)
                .orElse(List.of());
    }

    private static String traces(ConnectRest connect, String name) {
        return connect.connectorStatus(name)
                .map(ConnectRest.ConnectorStatus::traces)
                .orElse("");
    }

    private static String diagnosis(ConnectRest connect, String name) {
        try {
            return "tasks " + taskStates(connect, name) + " " + traces(connect, name);
        } catch (RuntimeException e) {
            return "status unavailable: " + e.getMessage();
        }
    }
}
