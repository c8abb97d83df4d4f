package io.kafkapipeline.stack.cli;

import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.StackConfig;
import io.kafkapipeline.stack.StackState;
import io.kafkapipeline.stack.connect.ConnectorConfigs;
import io.kafkapipeline.stack.status.Flow;
import io.kafkapipeline.stack.status.FlowStatus;
import io.kafkapipeline.stack.status.ProcessStatus;
import io.kafkapipeline.stack.status.StageStatus;
import io.kafkapipeline.stack.status.StatusReport;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./pipeline status}: the processes of the local stack, then every flow of the pipeline in one screen:
 * records produced, the sink's lag, connector and task states, dead letters, rows in the table; a flow whose topic a
 * stream application writes (the classifier) has that stage on the line before: its input topic, its group's lag,
 * its process and its dead letters.
 */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = {
            "Where does data stop? Processes, then per flow: produced, lag, connector, DLQ, rows.",
            "",
            "Shows the local stack's processes and, for each flow, records produced, the sink's lag,",
            "connector and task states, dead letters and rows, so you see at a glance where data stops.",
            "Exit code 0 when everything is up, 3 otherwise (also at once when the local stack is not running).",
            "Against another cluster, each server gets --timeout seconds to answer; each one that does not is one line."
        })
final class StatusCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Mixin
    DeploymentAddresses addresses;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "5",
            description = "How long to wait for each server of another cluster to answer (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    /** What {@code status} says, at once, when the local stack has no process running. */
    static final String NOT_RUNNING = "The local stack is not running (./pipeline up starts it)";

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        StackConfig base = PipelineCli.EnvHolder.config();
        StackConfig config = StackState.running(base).orElse(base);
        boolean remote = addresses.any();
        LocalStack stack = new LocalStack(config, msg -> {});

        List<ProcessStatus> processes = List.of();
        if (!remote) {
            // Pid files and processes first: no client is created for a stack that is not there.
            processes = StatusReport.processes(stack);
            if (processes.stream().noneMatch(ProcessStatus::running)) {
                StatusReport none = new StatusReport(List.of(), List.of(), List.of(NOT_RUNNING));
                out.println(json ? none.toJson() : NOT_RUNNING);
                return 3;
            }
        }
        Duration wait = remote ? Duration.ofSeconds(Math.max(1, timeoutSeconds)) : Duration.ofSeconds(1);
        String kafka = addresses.bootstrapServers() != null ? addresses.bootstrapServers() : stack.bootstrapServers();
        String rest = addresses.connectUrl() != null ? addresses.connectUrl() : stack.connectUrl();
        String cql = addresses.cassandra() != null ? addresses.cassandra() : "127.0.0.1:" + config.cassandraPort();
        String[] cqlAddress = cql.split(":", 2);
        List<Flow> wanted = Flow.of(ConnectorConfigs.load(config.connectorConfigDir()));
        StatusReport report = StatusReport.read(
                processes,
                wanted,
                kafka,
                rest,
                cqlAddress[0],
                cqlAddress.length > 1 ? Integer.parseInt(cqlAddress[1]) : 9042,
                wait);
        if (json) {
            out.println(report.toJson());
        } else {
            printText(out, report, config);
        }
        return report.allUp() ? 0 : 3;
    }

    /** The text form: processes, problems, then a line per flow, its upstream stage (if any) on the line before. */
    static void printText(PrintStream out, StatusReport report, StackConfig config) {
        List<ProcessStatus> processes = report.processes();
        List<FlowStatus> flows = report.flows();
        if (!processes.isEmpty()) {
            out.printf("%-16s %-6s %-6s %-8s %s%n", "PROCESS", "STATE", "PORT", "PID", "UPTIME");
            for (ProcessStatus p : processes) {
                out.printf(
                        "%-16s %-6s %-6s %-8s %s%n",
                        p.process(),
                        p.state(),
                        p.port() == 0 ? "-" : p.port(),
                        p.pid() == null ? "-" : p.pid(),
                        p.uptimeSeconds() == null ? "-" : uptime(p.uptimeSeconds()));
            }
            out.println();
        }
        for (String problem : report.problems()) {
            out.println("! " + problem);
        }
        if (!report.problems().isEmpty()) {
            out.println();
        }
        if (flows.isEmpty() && !report.problems().isEmpty()) {
            return;
        }
        int topicWidth = Math.max(
                8,
                flows.stream()
                        .flatMap(f -> f.upstream() == null
                                ? Stream.of(f.topic())
                                : Stream.of(f.topic(), f.upstream().topic()))
                        .mapToInt(String::length)
                        .max()
                        .orElse(0));
        String row = "%-" + topicWidth + "s %9s %7s  %-12s %-10s %-16s %5s  %-30s %9s%n";
        out.printf(row, "TOPIC", "PRODUCED", "LAG", "CONNECTOR", "STATE", "TASKS", "DLQ", "TABLE", "ROWS");
        for (FlowStatus f : flows) {
            StageStatus up = f.upstream();
            if (up != null) {
                // the stream application that writes the flow's topic: its input, group lag, process, dead letters
                out.printf(
                        row,
                        up.topic(),
                        n(up.produced()),
                        n(up.lag()),
                        up.name(),
                        up.state(),
                        "-",
                        n(up.deadLetters()),
                        "-> " + up.outputTopic(),
                        "-");
            }
            out.printf(
                    row,
                    f.topic(),
                    n(f.produced()),
                    n(f.lag()),
                    f.connector(),
                    f.connectorState(),
                    f.taskStates().isEmpty() ? "-" : String.join(",", f.taskStates()),
                    n(f.deadLetters()),
                    f.table(),
                    n(f.rows()));
        }
        for (FlowStatus f : flows) {
            for (String problem : f.problems()) {
                out.println("! " + f.connector() + ": " + problem);
            }
        }
        if (!processes.isEmpty()) {
            out.println();
            out.println("Logs: " + config.stateDir().resolve("logs"));
        }
    }

    private static String n(long value) {
        return value < 0 ? "?" : Long.toString(value);
    }

    private static String uptime(long seconds) {
        Duration d = Duration.ofSeconds(seconds);
        return String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }
}
