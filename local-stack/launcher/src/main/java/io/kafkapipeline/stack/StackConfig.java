package io.kafkapipeline.stack;

import io.kafkapipeline.common.cassandra.CassandraConfig;
import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.config.ConfigDef;
import io.kafkapipeline.common.config.ConfigException;
import io.kafkapipeline.common.config.ConfigKey;
import io.kafkapipeline.common.config.Env;
import io.kafkapipeline.common.config.Range;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting of the local stack: an environment variable with a documented default, declared once below as a
 * {@link ConfigKey}. {@link #fromEnvironment} reads and validates them; tests and the CLI adjust single values with
 * the builder. {@link #definition()} is the single list: the README's table and {@code ./pipeline up --settings}
 * are generated from it.
 */
public final class StackConfig {

    public static final ConfigKey<Path> HOME = ConfigKey.path(
            "PIPELINE_HOME",
            "the checkout (found from the working directory)",
            PipelineHome::find,
            "Root of the kafkapipeline checkout.");
    public static final ConfigKey<Path> STATE_DIR = ConfigKey.path(
            "PIPELINE_STATE_DIR",
            HOME,
            ".pipeline",
            "Data, logs, configs and pid files of the local stack (relative: to PIPELINE_HOME).");
    public static final ConfigKey<Integer> KAFKA_PORT =
            ConfigKey.port("KAFKA_PORT", 9092, "Kafka broker listener (PLAINTEXT, 127.0.0.1).");
    public static final ConfigKey<Integer> KAFKA_CONTROLLER_PORT =
            ConfigKey.port("KAFKA_CONTROLLER_PORT", 9093, "KRaft controller listener.");

    /** Most Kafka nodes a local stack runs. */
    public static final int MAX_BROKERS = 9;

    public static final ConfigKey<Integer> KAFKA_BROKERS = ConfigKey.integer(
            "KAFKA_BROKERS",
            1,
            Range.between(1, MAX_BROKERS),
            "Kafka nodes. More than 1: a KRaft cluster, every node broker and controller; node n listens on"
                    + " KAFKA_PORT + 2(n-1) and KAFKA_CONTROLLER_PORT + 2(n-1); with 3 or more, the stack's topics get"
                    + " replication factor 3 and min.insync.replicas 2 (also: ./pipeline up --brokers N).");
    public static final ConfigKey<Integer> CONNECT_PORT =
            ConfigKey.port("CONNECT_PORT", 8083, "Kafka Connect REST API.");
    /** The port clients ({@code ./pipeline cql}, data-vis) connect to, so one variable sets both sides. */
    public static final ConfigKey<Integer> CASSANDRA_PORT = CassandraConfig.PORT;

    public static final ConfigKey<Integer> CASSANDRA_STORAGE_PORT = ConfigKey.port(
            "CASSANDRA_STORAGE_PORT", 7000, "Cassandra inter-node storage port (must be free even on one node).");
    public static final ConfigKey<String> KAFKA_HEAP =
            ConfigKey.heapSize("KAFKA_HEAP", "512m", "Heap (-Xms and -Xmx) of each Kafka broker JVM.");
    public static final ConfigKey<String> CONNECT_HEAP =
            ConfigKey.heapSize("CONNECT_HEAP", "512m", "Heap of the Kafka Connect worker JVM.");
    public static final ConfigKey<String> CASSANDRA_HEAP =
            ConfigKey.heapSize("CASSANDRA_HEAP", "1g", "Max heap of the Cassandra JVM (-Xms is half of it).");
    public static final ConfigKey<String> CASSANDRA_COMMITLOG_SYNC = ConfigKey.oneOf(
            "CASSANDRA_COMMITLOG_SYNC",
            "group",
            List.of("periodic", "group", "batch"),
            "Commit log of Cassandra: group (a write is acknowledged once it is on disk, writes grouped over 2 ms: a"
                    + " crash or SIGKILL loses nothing acknowledged), periodic (Cassandra's own default: acknowledged"
                    + " at once, synced every 10 s, so a SIGKILL can lose the last acknowledged writes) or batch (on"
                    + " disk, no grouping). Set with -Dcassandra.settings.* flags, as in Docker. Durability has a"
                    + " price: on the 2-core CI machine a node took ~6,500 async inserts/s under group,"
                    + " ~10,000-13,000/s under periodic.");
    public static final ConfigKey<Optional<Path>> CASSANDRA_JAVA_HOME = ConfigKey.optionalPath(
            "CASSANDRA_JAVA_HOME",
            "this JVM if it is 11 or 17, else a JDK 17 under /usr/lib/jvm",
            "JDK that runs Cassandra 5.0 (needs 11 or 17; JDK 18+ removed what it uses).");
    public static final ConfigKey<Path> CONNECT_PLUGIN_PATH =
            ConfigKey.path("CONNECT_PLUGIN_PATH", HOME, "kafka/target/plugin", "plugin.path of the Connect worker.");
    public static final ConfigKey<Path> CONNECTOR_CONFIG_DIR = ConfigKey.path(
            "CONNECTOR_CONFIG_DIR", HOME, "kafka/connect", "Connector configs (*.json) registered at start.");
    public static final ConfigKey<Duration> STARTUP_TIMEOUT = ConfigKey.seconds(
            "STARTUP_TIMEOUT_SECONDS",
            240,
            Range.between(1, 86_400),
            "How long each process may take to become ready.");

    /** The services ./pipeline up can start after the sinks: the producers and the sentiment classifier. */
    public static final List<String> ALL_PRODUCERS =
            StackService.ALL.stream().map(StackService::name).toList();

    public static final ConfigKey<List<String>> PRODUCERS = ConfigKey.subsetOf(
            "PIPELINE_PRODUCERS",
            ALL_PRODUCERS,
            ALL_PRODUCERS,
            "Producers (and the sentiment classifier) ./pipeline up starts once the sinks are registered"
                    + " (comma-separated; none for none; also: ./pipeline up --no-producers).");

    public static final ConfigKey<Boolean> CONSOLE = ConfigKey.onOff(
            "PIPELINE_CONSOLE",
            true,
            "Start the web console (console/, http://127.0.0.1:9000, its own settings CONSOLE_*) last, as a child JVM"
                    + " from console/target; up prints its URL, down stops it. A console that cannot start (port taken)"
                    + " is reported and the stack runs without it.");

    private static final ConfigDef DEFINITION = new ConfigDef()
            .define(
                    HOME,
                    STATE_DIR,
                    KAFKA_PORT,
                    KAFKA_CONTROLLER_PORT,
                    KAFKA_BROKERS,
                    CONNECT_PORT,
                    CASSANDRA_PORT,
                    CASSANDRA_STORAGE_PORT,
                    KAFKA_HEAP,
                    CONNECT_HEAP,
                    CASSANDRA_HEAP,
                    CASSANDRA_COMMITLOG_SYNC,
                    CASSANDRA_JAVA_HOME,
                    CONNECT_PLUGIN_PATH,
                    CONNECTOR_CONFIG_DIR,
                    STARTUP_TIMEOUT,
                    PRODUCERS,
                    CONSOLE);

    private final Map<ConfigKey<?>, Object> values;
    private final List<Integer> extraKafkaPorts;
    private final List<Integer> explicitExtraKafkaPorts;
    private final List<String> extraCassandraJvmOptions;
    private final boolean watchParent;
    private final Map<String, String> producerEnvironment;

    private StackConfig(Builder b) {
        this.values = Map.copyOf(b.values);
        this.explicitExtraKafkaPorts = b.extraKafkaPorts != null ? List.copyOf(b.extraKafkaPorts) : null;
        this.extraKafkaPorts = b.extraKafkaPorts != null ? explicitExtraKafkaPorts : derivedExtraPorts();
        this.extraCassandraJvmOptions = List.copyOf(b.extraCassandraJvmOptions);
        this.watchParent = b.watchParent;
        this.producerEnvironment = Map.copyOf(b.producerEnvironment);
        validate();
    }

    /** The settings of the local stack, in the order the docs list them. */
    public static ConfigDef definition() {
        return DEFINITION;
    }

    /** Reads every setting from {@code env}; a bad value fails with a message naming the variable. */
    public static StackConfig fromEnvironment(Map<String, String> env) {
        return new Builder(DEFINITION.parse(Env.of(withoutNulls(env)))).build();
    }

    /** The defaults, with the checkout at {@code home}. */
    public static Builder builder(Path home) {
        return new Builder(DEFINITION.parse(Env.of(Map.of(HOME.name(), home.toString()))));
    }

    /** A builder preset with this config's values. */
    public Builder toBuilder() {
        Builder b = new Builder(values);
        b.extraKafkaPorts = explicitExtraKafkaPorts != null ? new ArrayList<>(explicitExtraKafkaPorts) : null;
        b.extraCassandraJvmOptions = new ArrayList<>(extraCassandraJvmOptions);
        b.watchParent = watchParent;
        b.producerEnvironment = new LinkedHashMap<>(producerEnvironment);
        return b;
    }

    /** The value of one setting. */
    @SuppressWarnings("unchecked")
    public <T> T get(ConfigKey<T> key) {
        return (T) values.get(key);
    }

    /** Checks what single keys cannot: builder values, ports that differ, enough ports for every Kafka node. */
    private void validate() {
        if (!List.of("periodic", "group", "batch").contains(cassandraCommitlogSync())) {
            throw new ConfigException(CASSANDRA_COMMITLOG_SYNC.name() + "='" + cassandraCommitlogSync()
                    + "' is not periodic, group or batch");
        }
        for (String producer : producers()) {
            if (!ALL_PRODUCERS.contains(producer)) {
                throw new ConfigException(PRODUCERS.name() + " names '" + producer + "'; known: "
                        + String.join(", ", ALL_PRODUCERS) + " (or none)");
            }
        }
        if (kafkaBrokers() < 1 || kafkaBrokers() > MAX_BROKERS) {
            throw new ConfigException(KAFKA_BROKERS.name() + "=" + kafkaBrokers() + " is not 1 to " + MAX_BROKERS);
        }
        if (extraKafkaPorts.size() < 2 * (kafkaBrokers() - 1)) {
            throw new ConfigException(kafkaBrokers() + " Kafka nodes need " + 2 * (kafkaBrokers() - 1)
                    + " extra ports, got " + extraKafkaPorts.size());
        }
        Map<Integer, String> seen = new LinkedHashMap<>();
        ports().forEach((name, port) -> {
            if (port < 1 || port > 65535) {
                throw new ConfigException(name + "=" + port + " is not a port number (1-65535)");
            }
            String other = seen.putIfAbsent(port, name);
            if (other != null) {
                throw new ConfigException(name + " and " + other + " are both " + port + "; every port must differ");
            }
        });
    }

    public Path home() {
        return get(HOME);
    }

    public Path stateDir() {
        return get(STATE_DIR);
    }

    public int kafkaPort() {
        return get(KAFKA_PORT);
    }

    public int kafkaControllerPort() {
        return get(KAFKA_CONTROLLER_PORT);
    }

    /** How many Kafka nodes (KRaft, each broker and controller) the stack runs. */
    public int kafkaBrokers() {
        return get(KAFKA_BROKERS);
    }

    /** The client port of Kafka node {@code node} (1-based; node 1 is {@link #kafkaPort()}). */
    public int kafkaPort(int node) {
        return node == 1 ? kafkaPort() : extraKafkaPorts.get(2 * (node - 2));
    }

    /** The KRaft controller port of Kafka node {@code node} (1-based). */
    public int kafkaControllerPort(int node) {
        return node == 1 ? kafkaControllerPort() : extraKafkaPorts.get(2 * (node - 2) + 1);
    }

    /** Replication factor for the stack's own topics: 3 with 3 or more nodes, else 1. */
    public int replicationFactor() {
        return kafkaBrokers() >= 3 ? 3 : 1;
    }

    /** {@code min.insync.replicas} matching {@link #replicationFactor()}: 2 with 3 or more nodes, else 1. */
    public int minInsyncReplicas() {
        return kafkaBrokers() >= 3 ? 2 : 1;
    }

    public int connectPort() {
        return get(CONNECT_PORT);
    }

    public int cassandraPort() {
        return get(CASSANDRA_PORT);
    }

    public int cassandraStoragePort() {
        return get(CASSANDRA_STORAGE_PORT);
    }

    public String kafkaHeap() {
        return get(KAFKA_HEAP);
    }

    public String connectHeap() {
        return get(CONNECT_HEAP);
    }

    public String cassandraHeap() {
        return get(CASSANDRA_HEAP);
    }

    /** Commit log sync mode of Cassandra: periodic, group or batch. */
    public String cassandraCommitlogSync() {
        return get(CASSANDRA_COMMITLOG_SYNC);
    }

    /** The JDK for Cassandra if one was configured, else null (then {@link JavaRuntimes} picks one). */
    public Path cassandraJavaHome() {
        return get(CASSANDRA_JAVA_HOME).orElse(null);
    }

    public Path pluginPath() {
        return get(CONNECT_PLUGIN_PATH);
    }

    public Path connectorConfigDir() {
        return get(CONNECTOR_CONFIG_DIR);
    }

    public Duration startupTimeout() {
        return get(STARTUP_TIMEOUT);
    }

    /** Extra JVM options for Cassandra, after the defaults (for tuning and for fault tests). */
    public List<String> extraCassandraJvmOptions() {
        return extraCassandraJvmOptions;
    }

    /** Whether children exit by themselves when this JVM exits (foreground runs and tests: yes; {@code up -d}: no). */
    public boolean watchParent() {
        return watchParent;
    }

    /** The producer modules to start with the stack (empty: none). */
    public List<String> producers() {
        return get(PRODUCERS);
    }

    /** Whether ./pipeline up starts the web console too. */
    public boolean console() {
        return get(CONSOLE);
    }

    /** Variables set for every producer on top of the inherited environment (tests: SOURCE=replay, rates). */
    public Map<String, String> producerEnvironment() {
        return producerEnvironment;
    }

    /** Which port setting each port comes from, for messages. */
    public Map<String, Integer> ports() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put(KAFKA_PORT.name(), kafkaPort());
        ports.put(KAFKA_CONTROLLER_PORT.name(), kafkaControllerPort());
        for (int node = 2; node <= kafkaBrokers(); node++) {
            ports.put(KAFKA_PORT.name() + "_" + node, kafkaPort(node));
            ports.put(KAFKA_CONTROLLER_PORT.name() + "_" + node, kafkaControllerPort(node));
        }
        ports.put(CONNECT_PORT.name(), connectPort());
        ports.put(CASSANDRA_PORT.name(), cassandraPort());
        ports.put(CASSANDRA_STORAGE_PORT.name(), cassandraStoragePort());
        return ports;
    }

    /** Ports of nodes 2..n next to node 1's: KAFKA_PORT + 2(n-1), KAFKA_CONTROLLER_PORT + 2(n-1). */
    private List<Integer> derivedExtraPorts() {
        List<Integer> ports = new ArrayList<>();
        for (int node = 2; node <= Math.min(kafkaBrokers(), MAX_BROKERS); node++) {
            ports.add(kafkaPort() + 2 * (node - 1));
            ports.add(kafkaControllerPort() + 2 * (node - 1));
        }
        return ports;
    }

    private static Map<String, String> withoutNulls(Map<String, String> env) {
        Map<String, String> copy = new HashMap<>();
        env.forEach((k, v) -> {
            if (k != null && v != null) {
                copy.put(k, v);
            }
        });
        return copy;
    }

    /** Adjusts single values; {@link #build()} validates the whole. */
    public static final class Builder {
        private final Map<ConfigKey<?>, Object> values = new HashMap<>();
        private List<Integer> extraKafkaPorts;
        private List<String> extraCassandraJvmOptions = new ArrayList<>();
        private boolean watchParent = true;
        private Map<String, String> producerEnvironment = new LinkedHashMap<>();

        private Builder(Config parsed) {
            for (ConfigKey<?> key : parsed.keys()) {
                values.put(key, parsed.get(key));
            }
        }

        private Builder(Map<ConfigKey<?>, Object> values) {
            this.values.putAll(values);
        }

        /** Sets one setting. */
        public <T> Builder set(ConfigKey<T> key, T value) {
            values.put(key, value);
            return this;
        }

        public Builder stateDir(Path v) {
            return set(STATE_DIR, v.toAbsolutePath().normalize());
        }

        public Builder kafkaPort(int v) {
            return set(KAFKA_PORT, v);
        }

        public Builder kafkaControllerPort(int v) {
            return set(KAFKA_CONTROLLER_PORT, v);
        }

        public Builder kafkaBrokers(int v) {
            return set(KAFKA_BROKERS, v);
        }

        /** Client and controller ports of nodes 2..n, in pairs (default: next to node 1's, see KAFKA_BROKERS). */
        public Builder extraKafkaPorts(List<Integer> v) {
            this.extraKafkaPorts = v == null ? null : new ArrayList<>(v);
            return this;
        }

        public Builder connectPort(int v) {
            return set(CONNECT_PORT, v);
        }

        public Builder cassandraPort(int v) {
            return set(CASSANDRA_PORT, v);
        }

        public Builder cassandraStoragePort(int v) {
            return set(CASSANDRA_STORAGE_PORT, v);
        }

        public Builder cassandraHeap(String v) {
            return set(CASSANDRA_HEAP, v);
        }

        public Builder cassandraCommitlogSync(String v) {
            return set(CASSANDRA_COMMITLOG_SYNC, v);
        }

        public Builder pluginPath(Path v) {
            return set(CONNECT_PLUGIN_PATH, v);
        }

        public Builder startupTimeout(Duration v) {
            return set(STARTUP_TIMEOUT, v);
        }

        public Builder producers(List<String> v) {
            return set(PRODUCERS, List.copyOf(v));
        }

        public Builder console(boolean v) {
            return set(CONSOLE, v);
        }

        public Builder extraCassandraJvmOptions(List<String> v) {
            this.extraCassandraJvmOptions = new ArrayList<>(v);
            return this;
        }

        public Builder watchParent(boolean v) {
            this.watchParent = v;
            return this;
        }

        public Builder producerEnvironment(Map<String, String> v) {
            this.producerEnvironment = new LinkedHashMap<>(v);
            return this;
        }

        /** Every port from {@link FreePorts}: for tests that must not collide with a running stack. */
        public Builder freePorts() {
            int[] p = FreePorts.pick(5 + 2 * (MAX_BROKERS - 1));
            List<Integer> extra = new ArrayList<>();
            for (int i = 5; i < p.length; i++) {
                extra.add(p[i]);
            }
            extraKafkaPorts(extra);
            return kafkaPort(p[0])
                    .kafkaControllerPort(p[1])
                    .connectPort(p[2])
                    .cassandraPort(p[3])
                    .cassandraStoragePort(p[4]);
        }

        public StackConfig build() {
            return new StackConfig(this);
        }
    }
}
