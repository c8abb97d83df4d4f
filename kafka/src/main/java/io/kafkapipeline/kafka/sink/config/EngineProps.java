package io.kafkapipeline.kafka.sink.config;

import java.util.HashMap;
import java.util.Map;

/** The settings one task hands to the DataStax engine. */
public final class EngineProps {

  /** Set by the connector on each task's config: the task's index. */
  public static final String TASK_ID_CONFIG = "kafkapipeline.task.id";

  static final String RECONNECT_MAX_DELAY = "datastax-java-driver.advanced.reconnection-policy.max-delay";
  private static final long DRIVER_BASE_DELAY_MS = 1_000L;

  private EngineProps() {}

  /**
   * The task's settings with its own engine instance name ({@code <connector name>-task-<id>}, so it owns its
   * session) and the driver's reconnection capped at the retry backoff unless set.
   */
  public static Map<String, String> forTask(Map<String, String> taskProps, PipelineSinkConfig config) {
    Map<String, String> props = new HashMap<>(taskProps);
    String name = taskProps.getOrDefault("name", "cassandra-sink");
    String taskId = taskProps.get(TASK_ID_CONFIG);
    props.put("name", taskId == null ? name : name + "-task-" + taskId);
    long maxDelayMs = Math.max(DRIVER_BASE_DELAY_MS, config.retryPolicy().maxBackoffMs());
    props.putIfAbsent(RECONNECT_MAX_DELAY, maxDelayMs + " milliseconds");
    return props;
  }
}
