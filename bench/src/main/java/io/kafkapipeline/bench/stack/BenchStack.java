package io.kafkapipeline.bench.stack;

import com.datastax.oss.driver.api.core.CqlSession;
import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.StackConfig;
import io.kafkapipeline.stack.connect.ConnectRest;
import io.kafkapipeline.stack.connect.ConnectorConfigs;
import io.kafkapipeline.stack.node.StackNode;
import io.kafkapipeline.stack.status.Flow;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local stack of the benchmark's own: free ports, a fresh state folder under {@code bench/target/}, children that
 * exit with this JVM. Remembers when each process reported ready (milliseconds since {@link #start()} began).
 */
public final class BenchStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BenchStack.class);

    private final LocalStack stack;
    private final Map<String, Double> readyAtMs = Collections.synchronizedMap(new LinkedHashMap<>());
    private volatile long startNanos;
    private volatile Consumer<String> listener = m -> {};

    private BenchStack(StackConfig config) {
        this.stack = new LocalStack(config, this::progress);
    }

    /** A stack config for the benchmark; {@code producers} (module names) run with {@code SOURCE=replay}. */
    public static StackConfig config(List<String> producers) {
        StackConfig base = StackConfig.fromEnvironment(System.getenv());
        Path state = base.home()
                .resolve("bench")
                .resolve("target")
                .resolve("bench-stack-" + UUID.randomUUID().toString().substring(0, 8));
        Map<String, String> env = new LinkedHashMap<>(base.producerEnvironment());
        env.put("SOURCE", "replay");
        return base.toBuilder()
                .stateDir(state)
                .freePorts()
                .watchParent(true)
                .producers(producers)
                .producerEnvironment(env)
                // The benchmark measures the pipeline: no web console in its start-up time and memory.
                .console(false)
                .build();
    }

    public static BenchStack of(StackConfig config) {
        return new BenchStack(config);
    }

    /** Called with every progress line of the launcher (after the timestamps are recorded). */
    public void onProgress(Consumer<String> listener) {
        this.listener = listener;
    }

    public void start() {
        startNanos = System.nanoTime();
        stack.start();
    }

    /** Milliseconds from {@link #start()} to each "&lt;name&gt; ready" line, by process name. */
    public Map<String, Double> readyAtMs() {
        synchronized (readyAtMs) {
            return new LinkedHashMap<>(readyAtMs);
        }
    }

    public double msSinceStart() {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    public LocalStack stack() {
        return stack;
    }

    public StackConfig config() {
        return stack.config();
    }

    /** The pid of the running stack process {@code name} ("connect", "cassandra", "kafka", ...). */
    public long pid(String name) {
        return stack.nodes().stream()
                .filter(n -> n.name().equals(name))
                .findFirst()
                .flatMap(n -> n.jvm().pid())
                .orElseThrow(() -> new IllegalStateException(name + " is not running"));
    }

    public List<StackNode> allNodes() {
        return stack.allNodes();
    }

    public String bootstrapServers() {
        return stack.bootstrapServers();
    }

    public ConnectRest connect() {
        return new ConnectRest(stack.connectUrl(), Duration.ofSeconds(60));
    }

    public CqlSession session() {
        return stack.cqlSession();
    }

    /** The pipeline's connector config (in {@code kafka/connect/}) whose mapping writes {@code table} (keyspace.table). */
    public ConnectorConfigs.Connector connectorWriting(String table) {
        return connectorWriting(config().connectorConfigDir(), table);
    }

    /** The connector config of {@code dir} whose mapping writes {@code table} (keyspace.table). */
    public static ConnectorConfigs.Connector connectorWriting(Path dir, String table) {
        return ConnectorConfigs.load(dir).stream()
                .filter(c -> Flow.of(List.of(c)).stream().anyMatch(f -> (f.keyspace() + "." + f.table()).equals(table)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no connector config in " + dir + " writes " + table));
    }

    /**
     * The pipeline's connector config that writes {@code table} ({@link #connectorWriting}) pointed at this stack's
     * Cassandra, reading {@code topic} instead of its own topic (mapping and per-topic settings renamed), with its own
     * dead-letter topic.
     */
    public Map<String, String> connectorConfig(String table, String topic) {
        ConnectorConfigs.Connector c = connectorWriting(table);
        Map<String, String> local =
                ConnectorConfigs.withCassandra(c.config(), "127.0.0.1", config().cassandraPort(), "datacenter1");
        String ownTopic = local.get("topics");
        Map<String, String> out = new LinkedHashMap<>();
        local.forEach((k, v) -> out.put(
                k.startsWith("topic." + ownTopic + ".")
                        ? "topic." + topic + k.substring(("topic." + ownTopic).length())
                        : k,
                v));
        out.put("topics", topic);
        out.put("errors.deadletterqueue.topic.name", topic + "-dlq");
        return out;
    }

    private void progress(String message) {
        log.info("[stack] {}", message);
        int ready = message.indexOf(" ready in ");
        if (ready > 0 && startNanos > 0) {
            readyAtMs.put(message.substring(0, ready).strip(), msSinceStart());
        }
        listener.accept(message);
    }

    @Override
    public void close() {
        try {
            stack.stop();
        } catch (RuntimeException e) {
            log.warn("stopping the bench stack: {}", e.toString());
        }
    }
}
