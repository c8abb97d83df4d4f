package io.kafkapipeline.kafka.sink.config;

import java.util.HashMap;
import java.util.Map;

/** The settings one task hands to the DataStax engine. */
public final class EngineProps {

    /** Set by the connector on each task's config: the task's index. */
    public static final String TASK_ID_CONFIG = "kafkapipeline.task.id";

    static final String RECONNECT_MAX_DELAY = "datastax-java-driver.advanced.reconnection-policy.max-delay";
    static final String IO_QUIET_PERIOD = "datastax-java-driver.advanced.netty.io-group.shutdown.quiet-period";
    static final String ADMIN_QUIET_PERIOD = "datastax-java-driver.advanced.netty.admin-group.shutdown.quiet-period";
    static final String SCHEMA_REQUEST_TIMEOUT = "datastax-java-driver.advanced.metadata.schema.request-timeout";
    /**
     * The driver's default (2 s) for reading the schema at session start times out on a busy machine, e.g. right
     * after Cassandra restarts; the session then starts without schema metadata and the engine finds no keyspace.
     */
    static final String SCHEMA_REQUEST_TIMEOUT_DEFAULT = "30 seconds";

    private static final long DRIVER_BASE_DELAY_MS = 1_000L;

    private EngineProps() {}

    /**
     * The task's settings with its own engine instance name ({@code <connector name>-task-<id>}, so it owns its
     * session), the driver's reconnection capped at the retry backoff unless set, and {@link #withPromptClose}.
     */
    public static Map<String, String> forTask(Map<String, String> taskProps, PipelineSinkConfig config) {
        Map<String, String> props = withPromptClose(taskProps);
        String name = taskProps.getOrDefault("name", "cassandra-sink");
        String taskId = taskProps.get(TASK_ID_CONFIG);
        props.put("name", taskId == null ? name : name + "-task-" + taskId);
        long maxDelayMs = Math.max(DRIVER_BASE_DELAY_MS, config.retryPolicy().maxBackoffMs());
        props.putIfAbsent(RECONNECT_MAX_DELAY, maxDelayMs + " milliseconds");
        return props;
    }

    /**
     * The settings with the driver's event loops shut down without their 2 s quiet period (unless set): a session's
     * close returns once in-flight work is done, so a task stopping for a rebalance, or a validation probe, does not
     * hold up the worker for 2 s. Also gives the schema queries at session start 30 s instead of 2 s (unless set):
     * under load a session that starts without schema metadata reports the mapped keyspace as missing, which fails
     * the task (or the connector's validation) although the keyspace exists.
     */
    public static Map<String, String> withPromptClose(Map<String, String> settings) {
        Map<String, String> props = new HashMap<>(settings);
        props.putIfAbsent(IO_QUIET_PERIOD, "0");
        props.putIfAbsent(ADMIN_QUIET_PERIOD, "0");
        props.putIfAbsent(SCHEMA_REQUEST_TIMEOUT, SCHEMA_REQUEST_TIMEOUT_DEFAULT);
        return props;
    }
}
