package io.kafkapipeline.stack;

import com.datastax.oss.driver.api.core.CqlSession;
import io.kafkapipeline.cassandra.CqlSessions;
import io.kafkapipeline.common.contract.StreamApp;
import io.kafkapipeline.stack.connect.ConnectRest;
import io.kafkapipeline.stack.connect.ConnectorConfigs;
import io.kafkapipeline.stack.cql.SchemaApplier;
import io.kafkapipeline.stack.node.CassandraNode;
import io.kafkapipeline.stack.node.ConnectWorker;
import io.kafkapipeline.stack.node.ConsoleNode;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
    private final List<KafkaBroker> brokers;
    private final CassandraNode cassandra;
    private final ConnectWorker connect;
    private final List<ConnectWorker> extraWorkers = new CopyOnWriteArrayList<>();
    private final List<ServiceNode> producers;
    private final ConsoleNode console;
    private volatile CqlSession session;

    public LocalStack(StackConfig config, Consumer<String> progress) {
        this.config = config;
        this.progress = progress;
        List<KafkaBroker> nodes = new ArrayList<>();
        for (int node = 1; node <= config.kafkaBrokers(); node++) {
            nodes.add(new KafkaBroker(config, node));
        }
        this.brokers = List.copyOf(nodes);
        this.cassandra = new CassandraNode(config);
        this.connect = new ConnectWorker(config, bootstrapServers());
        Map<String, String> producerEnv = new HashMap<>();
        producerEnv.put("KAFKA_BROKER_URL", bootstrapServers());
        producerEnv.put("TOPIC_NAME", null);
        producerEnv.putAll(config.producerEnvironment());
        this.producers = config.producers().stream()
                .map(name -> {
                    StackService service = StackService.named(name);
                    Map<String, String> env = new HashMap<>(producerEnv);
                    if (name.equals(StreamApp.CLASSIFIER.service())) {
                        // Kafka Streams' lock files: one folder per stack, never shared with another stack's classifier
                        env.put(
                                "CLASSIFIER_STATE_DIR",
                                config.stateDir().resolve(name).toString());
                    }
                    return new ServiceNode(config, name, service.module(), service.mainClass(), env);
                })
                .toList();
        this.console = new ConsoleNode(config);
    }

    public LocalStack(StackConfig config) {
        this(config, msg -> log.info(msg));
    }

    /** The servers: Kafka (every node), Cassandra, Connect (and workers added by {@link #startConnectWorker}). */
    public List<StackNode> nodes() {
        List<StackNode> nodes = new ArrayList<>(brokers);
        nodes.add(cassandra);
        nodes.add(connect);
        nodes.addAll(extraWorkers);
        return nodes;
    }

    /** The Kafka nodes, node 1 first. */
    public List<KafkaBroker> brokers() {
        return brokers;
    }

    /** The servers, then the producers started with them, then the console while it runs. */
    public List<StackNode> allNodes() {
        List<StackNode> all = new ArrayList<>(nodes());
        all.addAll(producers);
        if (console.jvm().isAlive() || console.jvm().attach()) {
            all.add(console);
        }
        return all;
    }

    /** The web console's URL once it runs (started by {@link #start()} unless PIPELINE_CONSOLE=off). */
    public java.util.Optional<java.net.URI> consoleUrl() {
        return console.url();
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
            brokers.forEach(this::startNode);
            brokers.forEach(broker -> awaitNode(broker, begin));
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
            startConsole(begin);
            progress.accept("Local stack ready in " + seconds(begin) + " s");
        } catch (RuntimeException e) {
            progress.accept("Start failed; stopping what was started");
            stop();
            throw e;
        }
    }

    /**
     * Starts the console last; it is a view of the stack, so a console that cannot start (its port taken, the module
     * not built) is reported and the stack runs on without it.
     */
    private void startConsole(long begin) {
        if (!config.console()) {
            return;
        }
        if (!console.isBuilt()) {
            progress.accept("Console not built (console/target); run ./mvnw -DskipTests package to get it");
            return;
        }
        try {
            console.prepare();
            startNode(console);
            console.awaitReady(config.startupTimeout());
            progress.accept(
                    "Console ready at " + console.url().map(Object::toString).orElse("?") + " (" + seconds(begin)
                            + " s, pid " + console.jvm().pid().orElse(-1L) + ")");
        } catch (StackException e) {
            progress.accept("Console did not start, the stack runs without it: "
                    + e.getMessage()
                            .lines()
                            .filter(l -> l.startsWith("console:"))
                            .findFirst()
                            .orElse(e.getMessage().lines().findFirst().orElse(""))
                    + " (log: " + console.jvm().logFile()
                    + ")");
            stopQuietly(console, null);
        }
    }

    /** Stops Connect, Kafka and Cassandra (in that order) and closes the shared session. Safe to call twice. */
    public void stop() {
        closeSession();
        RuntimeException first = null;
        List<StackNode> stopOrder = new ArrayList<>();
        stopOrder.add(console);
        stopOrder.addAll(producers);
        stopOrder.addAll(extraWorkers);
        stopOrder.add(connect);
        for (StackNode node : stopOrder) {
            first = stopQuietly(node, first);
        }
        first = stopBrokers(first);
        first = stopQuietly(cassandra, first);
        StackState.delete(config);
        if (first != null) {
            throw first;
        }
    }

    private RuntimeException stopQuietly(StackNode node, RuntimeException first) {
        try {
            if (node.jvm().isAlive() || node.jvm().attach()) {
                progress.accept(node.displayName() + " stopping (pid "
                        + node.jvm().pid().orElse(-1L) + ")");
                node.stop();
            }
        } catch (RuntimeException e) {
            return first == null ? e : first;
        }
        return first;
    }

    /** Stops the Kafka nodes side by side: one by one, the last would wait for a controller quorum that is gone. */
    private RuntimeException stopBrokers(RuntimeException first) {
        if (brokers.size() == 1) {
            return stopQuietly(brokers.get(0), first);
        }
        List<CompletableFuture<RuntimeException>> stops = brokers.stream()
                .map(b -> CompletableFuture.supplyAsync(() -> stopQuietly(b, null)))
                .toList();
        for (var stop : stops) {
            RuntimeException e = stop.join();
            first = first == null ? e : first;
        }
        return first;
    }

    @Override
    public void close() {
        stop();
    }

    /** Attaches to the processes of a stack started earlier (by {@code up -d}); returns those found running. */
    public List<StackNode> attach() {
        return allNodes().stream()
                .filter(n -> n.jvm().isAlive() || n.jvm().attach())
                .toList();
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
        // Side by side: Connect validates each config against Cassandra (a few seconds each) before storing it.
        // One thread per connector (blocking HTTP calls, so not the common pool).
        ExecutorService pool = Executors.newFixedThreadPool(connectors.size());
        try {
            List<CompletableFuture<Void>> puts = connectors.stream()
                    .map(c -> CompletableFuture.runAsync(
                            () -> rest.putConfig(
                                    c.name(),
                                    ConnectorConfigs.withCassandra(
                                            c.config(), "127.0.0.1", config.cassandraPort(), CassandraNode.DATACENTER)),
                            pool))
                    .toList();
            CompletableFuture.allOf(puts.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } finally {
            pool.shutdown();
        }
        progress.accept("Connectors registered: "
                + connectors.stream().map(ConnectorConfigs.Connector::name).toList());
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

    /** Stops the Kafka broker(s) (SIGTERM), for fault tests. */
    public void stopKafka() {
        RuntimeException failure = stopBrokers(null);
        if (failure != null) {
            throw failure;
        }
    }

    /** Starts the Kafka broker(s) again after {@link #stopKafka()} and waits until they answer. */
    public void startKafka() {
        long begin = System.nanoTime();
        brokers.forEach(this::startNode);
        brokers.forEach(broker -> awaitNode(broker, begin));
    }

    /** Kills Kafka node {@code nodeId} (SIGKILL), for fault tests. */
    public void killBroker(int nodeId) {
        broker(nodeId).jvm().kill();
    }

    /** Starts Kafka node {@code nodeId} again after {@link #killBroker} and waits until it answers. */
    public void startBroker(int nodeId) {
        long begin = System.nanoTime();
        startNode(broker(nodeId));
        awaitNode(broker(nodeId), begin);
    }

    private KafkaBroker broker(int nodeId) {
        if (nodeId < 1 || nodeId > brokers.size()) {
            throw new IllegalArgumentException("no Kafka node " + nodeId + " (the stack has " + brokers.size() + ")");
        }
        return brokers.get(nodeId - 1);
    }

    /** Kills the Kafka Connect worker (SIGKILL), for fault tests. */
    public void killConnect() {
        connect.jvm().kill();
    }

    /** Starts the Kafka Connect worker again after {@link #killConnect()} and waits until it answers. */
    public void startConnect() {
        long begin = System.nanoTime();
        startNode(connect);
        awaitNode(connect, begin);
    }

    /**
     * Starts one more Connect worker of the same group ({@code name}, REST on {@code port}) and waits until it
     * answers; it is stopped with the stack. For fault tests: tasks move to it when another worker dies.
     */
    public ConnectWorker startConnectWorker(String name, int port) {
        ConnectWorker worker = new ConnectWorker(config, bootstrapServers(), name, port);
        worker.prepare();
        extraWorkers.add(worker);
        long begin = System.nanoTime();
        startNode(worker);
        awaitNode(worker, begin);
        return worker;
    }

    /** The producer processes started with the stack. */
    public List<ServiceNode> producers() {
        return producers;
    }

    /** Every Kafka node's address, comma-separated. */
    public String bootstrapServers() {
        return String.join(
                ",", brokers.stream().map(KafkaBroker::bootstrapServers).toList());
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

    /** Fails, naming the pids, when a stack of the same state folder runs already. */
    public void ensureNotRunning() {
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
                + (node.port() > 0 ? "port " + node.port() + ", " : "") + "pid "
                + node.jvm().pid().orElse(-1L) + ")");
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
