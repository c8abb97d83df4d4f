package io.kafkapipeline.stack.cli;

import com.datastax.oss.driver.api.core.CqlSession;
import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.StackConfig;
import io.kafkapipeline.stack.StackState;
import io.kafkapipeline.stack.connect.ConnectorConfigs;
import io.kafkapipeline.stack.cql.CqlSessions;
import io.kafkapipeline.stack.status.Flow;
import io.kafkapipeline.stack.status.FlowStatus;
import io.kafkapipeline.stack.status.ProcessStatus;
import io.kafkapipeline.stack.status.StatusReport;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./pipeline status}: the processes of the local stack, then every flow of the pipeline in one screen:
 * records produced, the sink's lag, connector and task states, dead letters, rows in the table.
 */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = {
            "Show the local stack's processes and, for each flow, records produced, sink lag,",
            "connector and task state, dead letters and rows, so you see at a glance where data stops.",
            "Exit code 0 when everything is up, 3 otherwise."
        })
final class StatusCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Machine-readable output.")
    boolean json;

    @Option(
            names = "--bootstrap-servers",
            paramLabel = "HOST:PORT",
            description = "Read another cluster's Kafka instead of the local stack's.")
    String bootstrapServers;

    @Option(names = "--connect-url", paramLabel = "URL", description = "Kafka Connect REST URL of that cluster.")
    String connectUrl;

    @Option(names = "--cassandra", paramLabel = "HOST:PORT", description = "Cassandra of that cluster.")
    String cassandra;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        StackConfig base = PipelineCli.EnvHolder.config();
        StackConfig config = StackState.running(base).orElse(base);
        boolean remote = bootstrapServers != null || connectUrl != null || cassandra != null;
        LocalStack stack = new LocalStack(config, msg -> {});

        List<ProcessStatus> processes = remote ? List.of() : StatusReport.processes(stack);
        String kafka = bootstrapServers != null ? bootstrapServers : stack.bootstrapServers();
        String rest = connectUrl != null ? connectUrl : stack.connectUrl();
        String[] cqlAddress = (cassandra != null ? cassandra : "127.0.0.1:" + config.cassandraPort()).split(":", 2);
        List<Flow> wanted = Flow.of(ConnectorConfigs.load(config.connectorConfigDir()));
        CqlSession[] session = new CqlSession[1];
        StatusReport report;
        try {
            report = StatusReport.read(
                    processes,
                    wanted,
                    kafka,
                    rest,
                    () -> session[0] = CqlSessions.open(
                            cqlAddress[0], cqlAddress.length > 1 ? Integer.parseInt(cqlAddress[1]) : 9042));
        } finally {
            if (session[0] != null) {
                session[0].close();
            }
        }
        if (json) {
            out.println(report.toJson());
        } else {
            printText(out, report.processes(), report.flows(), config);
        }
        return report.allUp() ? 0 : 3;
    }

    private static void printText(
            PrintStream out, List<ProcessStatus> processes, List<FlowStatus> flows, StackConfig config) {
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
        out.printf(
                "%-8s %9s %7s  %-12s %-10s %-16s %5s  %-30s %9s%n",
                "TOPIC", "PRODUCED", "LAG", "CONNECTOR", "STATE", "TASKS", "DLQ", "TABLE", "ROWS");
        for (FlowStatus f : flows) {
            out.printf(
                    "%-8s %9s %7s  %-12s %-10s %-16s %5s  %-30s %9s%n",
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
