package io.kafkapipeline.stack.cli;

import com.datastax.oss.driver.api.core.CqlSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.kafkapipeline.cassandra.CqlSessions;
import io.kafkapipeline.stack.FreePorts;
import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.StackConfig;
import io.kafkapipeline.stack.StackState;
import io.kafkapipeline.stack.connect.ConnectRest;
import io.kafkapipeline.stack.connect.ConnectorConfigs;
import io.kafkapipeline.stack.node.StackNode;
import io.kafkapipeline.stack.status.Flow;
import io.kafkapipeline.stack.status.FlowStatus;
import io.kafkapipeline.stack.status.PipelineStatus;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
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

    @Option(
            names = "--bootstrap-servers",
            paramLabel = "HOST:PORT",
            description = "Read another cluster's Kafka instead of the local stack's.")
    String bootstrapServers;

    @Option(names = "--connect-url", paramLabel = "URL", description = "Kafka Connect REST URL of that cluster.")
    String connectUrl;

    @Option(names = "--cassandra", paramLabel = "HOST:PORT", description = "Cassandra of that cluster.")
    String cassandra;

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
        boolean remote = bootstrapServers != null || connectUrl != null || cassandra != null;
        LocalStack stack = new LocalStack(config, msg -> {});

        List<Map<String, Object>> processes = new ArrayList<>();
        boolean allUp = true;
        if (!remote) {
            // Pid files and processes first: no client is created for a stack that is not there.
            if (stack.attach().isEmpty()) {
                if (json) {
                    out.println(JSON.writeValueAsString(
                            Map.of("processes", List.of(), "flows", List.of(), "problems", List.of(NOT_RUNNING))));
                } else {
                    out.println(NOT_RUNNING);
                }
                return 3;
            }
            for (StackNode node : stack.allNodes()) {
                boolean up = node.jvm().isAlive();
                allUp &= up;
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("process", node.name());
                p.put("state", up ? "up" : "down");
                p.put("port", node.port());
                p.put("pid", node.jvm().pid().orElse(null));
                p.put(
                        "uptimeSeconds",
                        node.jvm()
                                .startedAt()
                                .map(s -> Duration.between(s, Instant.now()).toSeconds())
                                .orElse(null));
                processes.add(p);
            }
        }
        Duration wait = remote ? Duration.ofSeconds(Math.max(1, timeoutSeconds)) : Duration.ofSeconds(1);
        String kafka = bootstrapServers != null ? bootstrapServers : stack.bootstrapServers();
        String rest = connectUrl != null ? connectUrl : stack.connectUrl();
        String[] cqlAddress = (cassandra != null ? cassandra : "127.0.0.1:" + config.cassandraPort()).split(":", 2);
        String cqlHost = cqlAddress[0];
        int cqlPort = cqlAddress.length > 1 ? Integer.parseInt(cqlAddress[1]) : 9042;

        // Which servers answer at all, side by side within the wait; the others get one line each.
        URI restUri = URI.create(rest);
        List<String> problems = new ArrayList<>();
        CompletableFuture<Boolean> kafkaUp = answers(firstAddress(kafka), wait);
        CompletableFuture<Boolean> connectUp = answers(
                new String[] {restUri.getHost(), Integer.toString(restUri.getPort() < 0 ? 80 : restUri.getPort())},
                wait);
        CompletableFuture<Boolean> cassandraUp = answers(new String[] {cqlHost, Integer.toString(cqlPort)}, wait);
        if (!kafkaUp.get()) {
            problems.add("Kafka does not answer at " + kafka);
        }
        if (!connectUp.get()) {
            problems.add("Kafka Connect does not answer at " + rest);
        }
        if (!cassandraUp.get()) {
            problems.add("Cassandra does not answer at " + CqlSessions.address(cqlHost, cqlPort));
        }
        List<FlowStatus> flows = List.of();
        if (problems.size() < 3) {
            List<Flow> wanted = Flow.of(ConnectorConfigs.load(config.connectorConfigDir()));
            CqlSession[] session = new CqlSession[1];
            try {
                flows = new PipelineStatus(
                                kafkaUp.get() ? kafka : null,
                                connectUp.get() ? new ConnectRest(rest, wait.multipliedBy(2)) : null,
                                cassandraUp.get() ? () -> session[0] = CqlSessions.open(cqlHost, cqlPort) : null,
                                wait)
                        .read(wanted);
            } finally {
                if (session[0] != null) {
                    session[0].close();
                }
            }
        }
        allUp &= problems.isEmpty();
        for (FlowStatus f : flows) {
            allUp &= "RUNNING".equals(f.connectorState())
                    && f.taskStates().stream().allMatch(t -> t.endsWith(":RUNNING"));
        }
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("processes", processes);
            doc.put("flows", flows);
            doc.put("problems", problems);
            out.println(JSON.writeValueAsString(doc));
        } else {
            printText(out, processes, problems, flows, config);
        }
        return allUp ? 0 : 3;
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static String[] firstAddress(String servers) {
        String first = servers.split(",")[0].strip();
        int colon = first.lastIndexOf(':');
        return colon < 0
                ? new String[] {first, "9092"}
                : new String[] {first.substring(0, colon), first.substring(colon + 1)};
    }

    private static CompletableFuture<Boolean> answers(String[] hostPort, Duration wait) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return FreePorts.accepts(hostPort[0], Integer.parseInt(hostPort[1]), wait);
            } catch (NumberFormatException e) {
                return false;
            }
        });
    }

    private static void printText(
            PrintStream out,
            List<Map<String, Object>> processes,
            List<String> problems,
            List<FlowStatus> flows,
            StackConfig config) {
        if (!processes.isEmpty()) {
            out.printf("%-16s %-6s %-6s %-8s %s%n", "PROCESS", "STATE", "PORT", "PID", "UPTIME");
            for (Map<String, Object> p : processes) {
                Object up = p.get("uptimeSeconds");
                out.printf(
                        "%-16s %-6s %-6s %-8s %s%n",
                        p.get("process"),
                        p.get("state"),
                        Integer.valueOf(0).equals(p.get("port")) ? "-" : p.get("port"),
                        p.get("pid") == null ? "-" : p.get("pid"),
                        up == null ? "-" : uptime((Long) up));
            }
            out.println();
        }
        for (String problem : problems) {
            out.println("! " + problem);
        }
        if (!problems.isEmpty()) {
            out.println();
        }
        if (flows.isEmpty() && !problems.isEmpty()) {
            return;
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
