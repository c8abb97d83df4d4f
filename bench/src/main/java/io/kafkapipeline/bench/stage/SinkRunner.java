package io.kafkapipeline.bench.stage;

import io.kafkapipeline.bench.data.BenchRecord;
import io.kafkapipeline.bench.data.RowWaiter;
import io.kafkapipeline.bench.data.Shape;
import io.kafkapipeline.bench.stack.BenchStack;
import io.kafkapipeline.bench.stack.ProcCpu;
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
 * One sink trial: empties the table, registers a new connector on a pre-loaded topic (a new connector name is a new
 * consumer group, so it reads the topic from the start) and measures a window of its writing: from {@code lead}
 * after the first row became readable to {@code window} later, how many of the topic's leading records became rows
 * ({@link RowWaiter#frontier}), and the CPU the Connect worker and Cassandra used meanwhile (/proc). Task start,
 * group join and the first fetches fall before the window. When the topic runs out before the window ends, the trial
 * ends at its last row instead, and a paged count checks that all records are rows.
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

    /**
     * Result of a trial.
     *
     * @param rows rows written in the window
     * @param seconds length of the window
     * @param firstRowMs from registration to the first row
     * @param workerCpuMs CPU of the Connect worker in the window
     * @param cassandraCpuMs CPU of Cassandra in the window
     * @param toTheEnd whether the topic ran out before the window ended (the window then ends at the last row)
     */
    public record Trial(
            int rows, double seconds, double firstRowMs, double workerCpuMs, double cassandraCpuMs, boolean toTheEnd) {

        public double rowsPerSecond() {
            return rows / seconds;
        }

        public double workerMicrosPerRow() {
            return workerCpuMs * 1000 / rows;
        }

        public double cassandraMicrosPerRow() {
            return cassandraCpuMs * 1000 / rows;
        }
    }

    public Trial run(
            Shape shape,
            String topic,
            int partitions,
            List<BenchRecord> records,
            int tasks,
            Map<String, String> overrides,
            Duration lead,
            Duration window) {
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
        long[] pids = {stack.pid("connect"), stack.pid("cassandra")};
        Stopwatch clock = Stopwatch.start();
        connect.putConfig(name, config);
        try {
            double first = waiter.awaitFirstRow(clock, timeout, () -> diagnosis(connect, name));
            ProcCpu.Reading atFirst = ProcCpu.Reading.of(pids);
            Trial trial;
            if (writingUntil(waiter, lasts, clock, first / 1000 + lead.toMillis() / 1000.0)) {
                trial = toTheEnd(waiter, connect, name, records, lasts, clock, first, atFirst, pids);
            } else {
                double startAt = clock.seconds();
                int startRows = waiter.frontier(records, 0);
                double start = (startAt + clock.seconds()) / 2;
                ProcCpu.Reading atStart = ProcCpu.Reading.of(pids);
                if (writingUntil(waiter, lasts, clock, start + window.toMillis() / 1000.0)) {
                    Trial rest = toTheEnd(waiter, connect, name, records, lasts, clock, start * 1000, atStart, pids);
                    trial = new Trial(
                            rest.rows() - startRows,
                            rest.seconds(),
                            first,
                            rest.workerCpuMs(),
                            rest.cassandraCpuMs(),
                            true);
                } else {
                    double endAt = clock.seconds();
                    int endRows = waiter.frontier(records, startRows);
                    double end = (endAt + clock.seconds()) / 2;
                    ProcCpu.Reading atEnd = ProcCpu.Reading.of(pids);
                    trial = new Trial(
                            endRows - startRows,
                            end - start,
                            first,
                            atEnd.since(atStart, 0),
                            atEnd.since(atStart, 1),
                            false);
                }
            }
            log.info(
                    "{}: {} rows in {} s{}, first row after {} ms: {} rows/s, worker {} µs/row, Cassandra {} µs/row"
                            + " ({} tasks, {} partitions, {})",
                    name,
                    trial.rows(),
                    String.format("%.2f", trial.seconds()),
                    trial.toTheEnd() ? " (to the end of the topic)" : "",
                    Math.round(first),
                    Math.round(trial.rowsPerSecond()),
                    Math.round(trial.workerMicrosPerRow()),
                    Math.round(trial.cassandraMicrosPerRow()),
                    tasks,
                    partitions,
                    overrides);
            return trial;
        } finally {
            connect.delete(name);
        }
    }

    /** Waits until {@code untilSeconds} on the clock; true if the last records are rows before that. */
    private boolean writingUntil(RowWaiter waiter, List<BenchRecord> lasts, Stopwatch clock, double untilSeconds) {
        while (clock.seconds() < untilSeconds) {
            if (lasts.stream().allMatch(waiter::exists)) {
                return true;
            }
            RowWaiter.sleep(Math.max(1, Math.min(250, Math.round((untilSeconds - clock.seconds()) * 1000))));
        }
        return false;
    }

    /** The topic ran out: the window ends when the last records are rows (checked by a paged count). */
    private Trial toTheEnd(
            RowWaiter waiter,
            ConnectRest connect,
            String name,
            List<BenchRecord> records,
            List<BenchRecord> lasts,
            Stopwatch clock,
            double startMs,
            ProcCpu.Reading atStart,
            long[] pids) {
        double last = waiter.awaitLast(lasts, clock, timeout, () -> diagnosis(connect, name));
        ProcCpu.Reading atLast = ProcCpu.Reading.of(pids);
        double end = Math.max(last, waiter.awaitCount(records.size(), clock, timeout, () -> diagnosis(connect, name)));
        return new Trial(
                records.size(),
                end - startMs / 1000,
                startMs,
                atLast.since(atStart, 0),
                atLast.since(atStart, 1),
                true);
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
