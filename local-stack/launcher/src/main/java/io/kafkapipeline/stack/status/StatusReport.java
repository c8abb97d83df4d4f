package io.kafkapipeline.stack.status;

import com.datastax.oss.driver.api.core.CqlSession;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.kafkapipeline.stack.LocalStack;
import java.util.List;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;

/**
 * Everything {@code ./pipeline status --json} prints, and the web console's {@code /api/status} serves: the local
 * stack's processes (none when another deployment is read) and every flow. One shape for both, so they agree.
 */
public record StatusReport(List<ProcessStatus> processes, List<FlowStatus> flows) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public StatusReport {
        processes = List.copyOf(processes);
        flows = List.copyOf(flows);
    }

    /** The processes of a local stack, after attaching to a stack started elsewhere. */
    public static List<ProcessStatus> processes(LocalStack stack) {
        stack.attach();
        return stack.allNodes().stream().map(ProcessStatus::of).toList();
    }

    /** Reads every flow with a new admin client (closed again). */
    public static StatusReport read(
            List<ProcessStatus> processes,
            List<Flow> flows,
            String bootstrapServers,
            String connectUrl,
            Supplier<CqlSession> cql) {
        return new StatusReport(processes, new PipelineStatus(bootstrapServers, connectUrl, cql).read(flows));
    }

    /** Reads every flow with an admin client the caller keeps open. */
    public static StatusReport read(
            List<ProcessStatus> processes,
            List<Flow> flows,
            Admin admin,
            String bootstrapServers,
            String connectUrl,
            Supplier<CqlSession> cql) {
        return new StatusReport(processes, new PipelineStatus(bootstrapServers, connectUrl, cql).read(flows, admin));
    }

    /** Every process up, every connector and task RUNNING (exit code 0 of {@code status}). */
    public boolean allUp() {
        return processes.stream().allMatch(ProcessStatus::running)
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
}
