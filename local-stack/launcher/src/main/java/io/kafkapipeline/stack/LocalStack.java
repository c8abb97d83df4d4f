package io.kafkapipeline.stack;

import com.datastax.oss.driver.api.core.CqlSession;
import io.kafkapipeline.stack.connect.ConnectRest;
import io.kafkapipeline.stack.connect.ConnectorConfigs;
import io.kafkapipeline.stack.cql.CqlSessions;
import io.kafkapipeline.stack.cql.SchemaApplier;
import io.kafkapipeline.stack.node.CassandraNode;
import io.kafkapipeline.stack.node.ConnectWorker;
import io.kafkapipeline.stack.node.KafkaBroker;
import io.kafkapipeline.stack.node.ServiceNode;
import io.kafkapipeline.stack.node.StackNode;
import io.kafkapipeline.stack.process.ChildJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local stack: a Kafka broker (KRaft), a Kafka Connect worker and a Cassandra node, each a child JVM.
 *
 * <p>{@link #start()} starts Cassandra and Kafka side by side, then Connect once Kafka answers; applies the schema of
 * {@code cassandra/schema/} once Cassandra answers; and registers the connectors of {@code kafka/connect/} once
 * Connect answers (when the sink plugin is built). A failure anywhere stops whatever was started and throws a
 * {@link StackException} that names the process and shows the tail of its log. {@link #stop()} stops everything.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    private final StackConfig config;
    private final Consumer<String> progress;
    private final KafkaBroker kafka;
    private final CassandraNode cassandra;
    private final ConnectWorker connect;
    private final List<ServiceNode> producers;
    private volatile CqlSession session;

    public LocalStack(StackConfig config, Consumer<String> progress) {
        this.config = config;
        this.progress = progress;
        this.kafka = new KafkaBroker(config);
        this.cassandra = new CassandraNode(config);
        this.connect = new ConnectWorker(config, kafka.bootstrapServers());
        Map<String, String> producerEnv = new HashMap<>();
        producerEnv.put("KAFKA_BROKER_URL", kafka.bootstrapServers());
        producerEnv.put("TOPIC_NAME", null);
        producerEnv.putAll(config.producerEnvironment());
        this.producers = config.producers().stream()
                .map(module -> new ServiceNode(config, module, PRODUCER_MAINS.get(module), producerEnv)).toList();
    }

    /** Main class of each producer module. */
    static final Map<String, String> PRODUCER_MAINS = Map.of(
            "owm-producer", "io.kafkapipeline.owm.Main",
            "faker-producer", "io.kafkapipeline.faker.Main",
            "spacex-producer", "io.kafkapipeline.spacex.Main");

    public LocalStack(StackConfig config) {
        this(config, msg -> log.info(msg));
    }

    /** The servers: Kafka, Cassandra, Connect. */
    public List<StackNode> nodes() {
        return List.of(kafka, cassandra, connect);
    }

    /** The servers, then the producers started with them. */
    public List<StackNode> allNodes() {
        List<StackNode> all = new ArrayList<>(nodes());
        all.addAll(producers);
        return all;
    }

    public StackConfig config() {
        return config;
    }

    /** Starts every process and waits until all are ready. */
    public void start() {
        ensureNotRunning();
        ensurePortsFree();
        long begin = System.nanoTime();
        try {
            for (StackNode node : allNodes()) {
                node.prepare();
            }
            startNode(cassandra);
            startNode(kafka);
            awaitNode(kafka, begin);
            startNode(connect);
            awaitNode(cassandra, begin);
            int statements = SchemaApplier.apply(cqlSession());
            progress.accept("Schema applied (" + statements + " statements from cassandra/schema)");
            awaitNode(connect, begin);
            registerConnectors();
            for (ServiceNode producer : producers) {
                startNode(producer);
            }
            for (ServiceNode producer : producers) {
                awaitNode(producer, begin);
            }
            StackState.write(config);
            progress.accept("Local stack ready in " + seconds(begin) + " s");
        } catch (RuntimeException e) {
            progress.accept("Start failed; stopping what was started");
            stop();
            throw e;
        }
    }

    /** Stops Connect, Kafka and Cassandra (in that order) and closes the shared session. Safe to call twice. */
    public void stop() {
        closeSession();
        RuntimeException first = null;
        List<StackNode> stopOrder = new ArrayList<>(producers);
        stopOrder.addAll(List.of(connect, kafka, cassandra));
        for (StackNode node : stopOrder) {
            try {
                if (node.jvm().isAlive() || node.jvm().attach()) {
                    progress.accept(node.displayName() + " stopping (pid " + node.jvm().pid().orElse(-1L) + ")");
                    node.stop();
                }
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        StackState.delete(config);
        if (first != null) {
            throw first;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Attaches to the processes of a stack started earlier (by {@code up -d}); returns those found running. */
    public List<StackNode> attach() {
        return allNodes().stream().filter(n -> n.jvm().isAlive() || n.jvm().attach()).toList();
    }

    /** Registers (creates or updates) every connector of {@code kafka/connect/} with this node's address. */
    public void registerConnectors() {
        List<ConnectorConfigs.Connector> connectors = ConnectorConfigs.load(config.connectorConfigDir());
        if (connectors.isEmpty()) {
            progress.accept("No connector configs in " + config.connectorConfigDir() + "; none registered");
            return;
        }
        if (!Files.isDirectory(config.pluginPath())) {
            progress.accept("Sink plugin not built (" + config.pluginPath() + " missing); connectors not registered."
                    + " Build it with ./mvnw -DskipTests package");
            return;
        }
        ConnectRest rest = new ConnectRest(connectUrl());
        for (ConnectorConfigs.Connector c : connectors) {
            Map<String, String> local = ConnectorConfigs.withCassandra(c.config(), "127.0.0.1", config.cassandraPort(),
                    CassandraNode.DATACENTER);
            rest.putConfig(c.name(), local);
        }
        progress.accept("Connectors registered: " + connectors.stream().map(ConnectorConfigs.Connector::name).toList());
    }

    /** Stops the Cassandra node (SIGTERM), for fault tests; the shared session reconnects when it returns. */
    public void stopCassandra() {
        cassandra.stop();
    }

    /** Kills the Cassandra node (SIGKILL), for fault tests. */
    public void killCassandra() {
        cassandra.jvm().kill();
    }

    /** Starts the Cassandra node again after {@link #stopCassandra()} and waits until it answers. */
    public void startCassandra() {
        long begin = System.nanoTime();
        startNode(cassandra);
        awaitNode(cassandra, begin);
    }

    /** Stops the Kafka broker (SIGTERM), for fault tests. */
    public void stopKafka() {
        kafka.stop();
    }

    /** Starts the Kafka broker again after {@link #stopKafka()} and waits until it answers. */
    public void startKafka() {
        long begin = System.nanoTime();
        startNode(kafka);
        awaitNode(kafka, begin);
    }

    /** The producer processes started with the stack. */
    public List<ServiceNode> producers() {
        return producers;
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String connectUrl() {
        return connect.url();
    }

    public int cassandraPort() {
        return config.cassandraPort();
    }

    /** One session shared by all callers (thread-safe); closed by {@link #stop()}, never by callers. */
    public synchronized CqlSession cqlSession() {
        if (session == null || session.isClosed()) {
            session = CqlSessions.open("127.0.0.1", config.cassandraPort());
        }
        return session;
    }

    /** Deletes the state folder (data, logs); the stack must be stopped. */
    public static void clean(StackConfig config) {
        if (!ChildJvm.processesOf(config.stateDir()).isEmpty()) {
            throw new StackException("The local stack is running; run ./pipeline down first");
        }
        Path dir = config.stateDir();
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new StackException("Cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }

    private void ensureNotRunning() {
        List<ProcessHandle> running = ChildJvm.processesOf(config.stateDir());
        if (!running.isEmpty()) {
            throw new StackException("The local stack of " + config.stateDir() + " is already running (pids "
                    + running.stream().map(ProcessHandle::pid).toList() + "); run ./pipeline down first");
        }
    }

    private void ensurePortsFree() {
        List<String> busy = new ArrayList<>();
        config.ports().forEach((setting, port) -> {
            if (!FreePorts.isFree(port)) {
                busy.add("port " + port + " (" + setting + ")");
            }
        });
        if (!busy.isEmpty()) {
            throw new StackException("Cannot start the local stack: " + String.join(", ", busy)
                    + " already in use by another process. Stop it, or choose another port with the named setting"
                    + " (e.g. " + busy.get(0).replaceAll(".*\\((\\w+)\\)", "$1") + "=<port> ./pipeline up)");
        }
    }

    private void startNode(StackNode node) {
        progress.accept(node.displayName() + " starting…");
        node.start(config.watchParent());
    }

    private void awaitNode(StackNode node, long begin) {
        node.awaitReady(config.startupTimeout());
        progress.accept(node.displayName() + " ready in " + seconds(begin) + " s ("
                + (node.port() > 0 ? "port " + node.port() + ", " : "") + "pid " + node.jvm().pid().orElse(-1L) + ")");
    }

    private synchronized void closeSession() {
        if (session != null) {
            try {
                session.close();
            } catch (RuntimeException e) {
                log.debug("closing session", e);
            }
            session = null;
        }
    }

    private static long seconds(long sinceNanos) {
        return Math.round((System.nanoTime() - sinceNanos) / 1e9);
    }
}
