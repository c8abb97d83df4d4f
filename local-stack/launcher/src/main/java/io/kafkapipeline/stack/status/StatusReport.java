package io.kafkapipeline.stack.status;

import com.datastax.oss.driver.api.core.CqlSession;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.kafkapipeline.cassandra.CqlSessions;
import io.kafkapipeline.stack.FreePorts;
import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.connect.ConnectRest;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.admin.Admin;

/**
 * Everything {@code ./pipeline status --json} prints, and the web console's {@code /api/status} serves: the local
 * stack's processes (none when another deployment is read), every flow, and one problem line per server that does
 * not answer. One shape for both, so they agree.
 */
public record StatusReport(List<ProcessStatus> processes, List<FlowStatus> flows, List<String> problems) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public StatusReport {
        processes = List.copyOf(processes);
        flows = List.copyOf(flows);
        problems = List.copyOf(problems);
    }

    /** The processes of a local stack, after attaching to a stack started elsewhere. */
    public static List<ProcessStatus> processes(LocalStack stack) {
        stack.attach();
        return stack.allNodes().stream().map(ProcessStatus::of).toList();
    }

    /**
     * Checks which servers answer at all, side by side within {@code wait}, then reads every flow through the ones
     * that do; each server that does not answer is one problem line, not one per flow.
     */
    public static StatusReport read(
            List<ProcessStatus> processes,
            List<Flow> flows,
            String bootstrapServers,
            String connectUrl,
            String cqlHost,
            int cqlPort,
            Duration wait) {
        URI rest = URI.create(connectUrl);
        CompletableFuture<Boolean> kafkaUp = answers(firstAddress(bootstrapServers), wait);
        CompletableFuture<Boolean> connectUp = answers(
                new String[] {rest.getHost(), Integer.toString(rest.getPort() < 0 ? 80 : rest.getPort())}, wait);
        CompletableFuture<Boolean> cassandraUp = answers(new String[] {cqlHost, Integer.toString(cqlPort)}, wait);
        List<String> problems = new ArrayList<>();
        if (!kafkaUp.join()) {
            problems.add("Kafka does not answer at " + bootstrapServers);
        }
        if (!connectUp.join()) {
            problems.add("Kafka Connect does not answer at " + connectUrl);
        }
        if (!cassandraUp.join()) {
            problems.add("Cassandra does not answer at " + CqlSessions.address(cqlHost, cqlPort));
        }
        if (problems.size() == 3) {
            return new StatusReport(processes, List.of(), problems);
        }
        CqlSession[] session = new CqlSession[1];
        try {
            List<FlowStatus> read = new PipelineStatus(
                            kafkaUp.join() ? bootstrapServers : null,
                            connectUp.join() ? new ConnectRest(connectUrl, wait.multipliedBy(2)) : null,
                            cassandraUp.join() ? () -> session[0] = CqlSessions.open(cqlHost, cqlPort) : null,
                            wait)
                    .read(flows);
            return new StatusReport(processes, withProcessStates(read, processes), problems);
        } finally {
            if (session[0] != null) {
                session[0].close();
            }
        }
    }

    /**
     * Reads every flow with an admin client and a {@link PipelineStatus} the caller keeps (the console, on every page:
     * the status keeps its counts of transactional topics between reads).
     */
    public static StatusReport read(
            List<ProcessStatus> processes, List<Flow> flows, Admin admin, PipelineStatus status) {
        return new StatusReport(processes, withProcessStates(status.read(flows, admin), processes), List.of());
    }

    /** An upstream stage that the local stack runs as a process has that process's state. */
    private static List<FlowStatus> withProcessStates(List<FlowStatus> flows, List<ProcessStatus> processes) {
        return flows.stream().map(f -> f.withProcessStates(processes)).toList();
    }

    /** Every process up, every server answering, every connector and task RUNNING (exit code 0 of status). */
    public boolean allUp() {
        return problems.isEmpty()
                && processes.stream().allMatch(ProcessStatus::running)
                && flows.stream()
                        .allMatch(f -> "RUNNING".equals(f.connectorState())
                                && f.taskStates().stream().allMatch(t -> t.endsWith(":RUNNING")));
    }

    /** Indented JSON, as {@code status --json} prints it. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

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
}
