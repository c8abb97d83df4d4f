package io.kafkapipeline.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Every setting of the local stack: an environment variable with a documented default. {@link #fromEnvironment}
 * reads and validates them; tests and the CLI adjust single values with the {@code with*} methods.
 *
 * <p>{@link Setting} is the single list of keys: the README's table and {@code ./pipeline up --help} show it.
 */
public final class StackConfig {

    /** The settings, with the environment variable, the default and what it does. */
    public enum Setting {
        PIPELINE_HOME("the checkout (found from the working directory)", "Root of the kafkapipeline checkout."),
        PIPELINE_STATE_DIR("$PIPELINE_HOME/.pipeline", "Data, logs, configs and pid files of the local stack."),
        KAFKA_PORT("9092", "Kafka broker listener (PLAINTEXT, 127.0.0.1)."),
        KAFKA_CONTROLLER_PORT("9093", "KRaft controller listener."),
        KAFKA_BROKERS(
                "1",
                "Kafka nodes (1-9). More than 1: a KRaft cluster, every node broker and controller; node n"
                        + " listens on KAFKA_PORT + 2(n-1) and KAFKA_CONTROLLER_PORT + 2(n-1); topics get replication"
                        + " factor 3 (min.insync.replicas 2) when there are 3 or more."),
        CONNECT_PORT("8083", "Kafka Connect REST API."),
        CASSANDRA_PORT("9042", "Cassandra native protocol (CQL)."),
        CASSANDRA_STORAGE_PORT("7000", "Cassandra inter-node storage port (must be free even on one node)."),
        KAFKA_HEAP("512m", "Heap (-Xms and -Xmx) of the Kafka broker JVM."),
        CONNECT_HEAP("512m", "Heap of the Kafka Connect worker JVM."),
        CASSANDRA_HEAP("1g", "Heap of the Cassandra JVM (-Xms is half of it)."),
        CASSANDRA_COMMITLOG_SYNC(
                "group",
                "Commit log of Cassandra: group (a write is acknowledged once it is on disk,"
                        + " writes grouped over 2 ms: a crash loses nothing acknowledged), periodic (Cassandra's own default:"
                        + " acknowledged at once, synced every 10 s; a SIGKILL can lose the writes acknowledged since the last"
                        + " sync) or batch (on disk, no grouping)."),
        CASSANDRA_JAVA_HOME(
                "this JVM if it is 11 or 17, else a JDK 17 under /usr/lib/jvm",
                "JDK that runs Cassandra 5.0 (needs 11 or 17; JDK 18+ removed what it uses)."),
        CONNECT_PLUGIN_PATH("$PIPELINE_HOME/kafka/target/plugin", "plugin.path of the Connect worker."),
        CONNECTOR_CONFIG_DIR("$PIPELINE_HOME/kafka/connect", "Connector configs (*.json) registered at start."),
        STARTUP_TIMEOUT_SECONDS("240", "How long each process may take to become ready."),
        PIPELINE_PRODUCERS(
                "owm-producer,faker-producer,spacex-producer,social-producer,classifier",
                "Producers (and the sentiment classifier) ./pipeline up starts once the sinks are registered"
                        + " (comma-separated; 'none' for none)."),
        PIPELINE_CONSOLE(
                "on",
                "Start the web console (console/, http://127.0.0.1:9000, its own settings CONSOLE_*) with the stack:"
                        + " on or off.");

        private final String defaultText;
        private final String doc;

        Setting(String defaultText, String doc) {
            this.defaultText = defaultText;
            this.doc = doc;
        }

        public String defaultText() {
            return defaultText;
        }

        public String doc() {
            return doc;
        }
    }

    private final Path home;
    private final Path stateDir;
    private final int kafkaPort;
    private final int kafkaControllerPort;
    private final int kafkaBrokers;
    private final List<Integer> extraKafkaPorts;
    private final List<Integer> explicitExtraKafkaPorts;
    private final int connectPort;
    private final int cassandraPort;
    private final int cassandraStoragePort;
    private final String kafkaHeap;
    private final String connectHeap;
    private final String cassandraHeap;
    private final String cassandraCommitlogSync;
    private final Path cassandraJavaHome;
    private final Path pluginPath;
    private final Path connectorConfigDir;
    private final Duration startupTimeout;
    private final List<String> extraCassandraJvmOptions;
    private final boolean watchParent;
    private final List<String> producers;
    private final boolean console;
    private final Map<String, String> producerEnvironment;

    /** The services ./pipeline up can start after the sinks: the producers and the sentiment classifier. */
    public static final List<String> ALL_PRODUCERS =
            List.of("owm-producer", "faker-producer", "spacex-producer", "social-producer", "classifier");

    private StackConfig(Builder b) {
        this.home = b.home;
        this.stateDir = b.stateDir != null ? b.stateDir : b.home.resolve(".pipeline");
        this.kafkaPort = b.kafkaPort;
        this.kafkaControllerPort = b.kafkaControllerPort;
        this.kafkaBrokers = b.kafkaBrokers;
        this.explicitExtraKafkaPorts = b.extraKafkaPorts != null ? List.copyOf(b.extraKafkaPorts) : null;
        this.extraKafkaPorts = b.extraKafkaPorts != null ? explicitExtraKafkaPorts : derivedExtraPorts(b);
        this.connectPort = b.connectPort;
        this.cassandraPort = b.cassandraPort;
        this.cassandraStoragePort = b.cassandraStoragePort;
        this.kafkaHeap = b.kafkaHeap;
        this.connectHeap = b.connectHeap;
        this.cassandraHeap = b.cassandraHeap;
        this.cassandraCommitlogSync = b.cassandraCommitlogSync;
        this.cassandraJavaHome = b.cassandraJavaHome;
        this.pluginPath = b.pluginPath != null ? b.pluginPath : b.home.resolve("kafka/target/plugin");
        this.connectorConfigDir = b.connectorConfigDir != null ? b.connectorConfigDir : b.home.resolve("kafka/connect");
        this.startupTimeout = b.startupTimeout;
        this.extraCassandraJvmOptions = List.copyOf(b.extraCassandraJvmOptions);
        this.watchParent = b.watchParent;
        this.producers = List.copyOf(b.producers);
        this.console = b.console;
        this.producerEnvironment = Map.copyOf(b.producerEnvironment);
        validate();
    }

    /** Reads every {@link Setting} from {@code env}; a bad value fails with a message naming the variable. */
    public static StackConfig fromEnvironment(Map<String, String> env) {
        Path home = env.containsKey(Setting.PIPELINE_HOME.name())
                ? Path.of(env.get(Setting.PIPELINE_HOME.name()))
                        .toAbsolutePath()
                        .normalize()
                : PipelineHome.find();
        Builder b = builder(home);
        String state = env.get(Setting.PIPELINE_STATE_DIR.name());
        if (state != null && !state.isBlank()) {
            b.stateDir(home.resolve(state).toAbsolutePath().normalize());
        }
        b.kafkaPort(port(env, Setting.KAFKA_PORT, b.kafkaPort));
        b.kafkaControllerPort(port(env, Setting.KAFKA_CONTROLLER_PORT, b.kafkaControllerPort));
        b.connectPort(port(env, Setting.CONNECT_PORT, b.connectPort));
        String brokers = env.get(Setting.KAFKA_BROKERS.name());
        if (brokers != null && !brokers.isBlank()) {
            b.kafkaBrokers(positiveInt(Setting.KAFKA_BROKERS, brokers));
        }
        b.cassandraPort(port(env, Setting.CASSANDRA_PORT, b.cassandraPort));
        b.cassandraStoragePort(port(env, Setting.CASSANDRA_STORAGE_PORT, b.cassandraStoragePort));
        b.kafkaHeap(heap(env, Setting.KAFKA_HEAP, b.kafkaHeap));
        b.connectHeap(heap(env, Setting.CONNECT_HEAP, b.connectHeap));
        b.cassandraHeap(heap(env, Setting.CASSANDRA_HEAP, b.cassandraHeap));
        String commitlog = env.get(Setting.CASSANDRA_COMMITLOG_SYNC.name());
        if (commitlog != null && !commitlog.isBlank()) {
            b.cassandraCommitlogSync(commitlog.strip().toLowerCase(Locale.ROOT));
        }
        String javaHome = env.get(Setting.CASSANDRA_JAVA_HOME.name());
        if (javaHome != null && !javaHome.isBlank()) {
            b.cassandraJavaHome(Path.of(javaHome));
        }
        String plugins = env.get(Setting.CONNECT_PLUGIN_PATH.name());
        if (plugins != null && !plugins.isBlank()) {
            b.pluginPath(home.resolve(plugins).toAbsolutePath().normalize());
        }
        String connectors = env.get(Setting.CONNECTOR_CONFIG_DIR.name());
        if (connectors != null && !connectors.isBlank()) {
            b.connectorConfigDir(home.resolve(connectors).toAbsolutePath().normalize());
        }
        String timeout = env.get(Setting.STARTUP_TIMEOUT_SECONDS.name());
        if (timeout != null && !timeout.isBlank()) {
            b.startupTimeout(Duration.ofSeconds(positiveInt(Setting.STARTUP_TIMEOUT_SECONDS, timeout)));
        }
        String producers = env.get(Setting.PIPELINE_PRODUCERS.name());
        if (producers != null && !producers.isBlank()) {
            b.producers(
                    producers.strip().equalsIgnoreCase("none")
                            ? List.of()
                            : List.of(producers.strip().split("\\s*,\\s*")));
        }
        String console = env.get(Setting.PIPELINE_CONSOLE.name());
        if (console != null && !console.isBlank()) {
            String v = console.strip().toLowerCase(Locale.ROOT);
            if (!v.equals("on") && !v.equals("off")) {
                throw new StackException("PIPELINE_CONSOLE must be on or off, not '" + console + "'");
            }
            b.console(v.equals("on"));
        }
        return b.build();
    }

    public static Builder builder(Path home) {
        return new Builder(home);
    }

    /** A builder preset with this config's values. */
    public Builder toBuilder() {
        Builder b = new Builder(home);
        b.stateDir = stateDir;
        b.kafkaPort = kafkaPort;
        b.kafkaControllerPort = kafkaControllerPort;
        b.kafkaBrokers = kafkaBrokers;
        b.extraKafkaPorts = explicitExtraKafkaPorts != null ? new ArrayList<>(explicitExtraKafkaPorts) : null;
        b.connectPort = connectPort;
        b.cassandraPort = cassandraPort;
        b.cassandraStoragePort = cassandraStoragePort;
        b.kafkaHeap = kafkaHeap;
        b.connectHeap = connectHeap;
        b.cassandraHeap = cassandraHeap;
        b.cassandraCommitlogSync = cassandraCommitlogSync;
        b.cassandraJavaHome = cassandraJavaHome;
        b.pluginPath = pluginPath;
        b.connectorConfigDir = connectorConfigDir;
        b.startupTimeout = startupTimeout;
        b.extraCassandraJvmOptions = new ArrayList<>(extraCassandraJvmOptions);
        b.watchParent = watchParent;
        b.producers = new ArrayList<>(producers);
        b.console = console;
        b.producerEnvironment = new LinkedHashMap<>(producerEnvironment);
        return b;
    }

    private void validate() {
        if (!List.of("periodic", "group", "batch").contains(cassandraCommitlogSync)) {
            throw new StackException(Setting.CASSANDRA_COMMITLOG_SYNC.name() + "='" + cassandraCommitlogSync
                    + "' is not periodic, group or batch");
        }
        for (String producer : producers) {
            if (!ALL_PRODUCERS.contains(producer)) {
                throw new StackException("PIPELINE_PRODUCERS names '" + producer + "'; known producers: "
                        + String.join(", ", ALL_PRODUCERS) + " (or none)");
            }
        }
        if (kafkaBrokers > MAX_BROKERS) {
            throw new StackException(
                    Setting.KAFKA_BROKERS.name() + "=" + kafkaBrokers + " is more than " + MAX_BROKERS);
        }
        if (extraKafkaPorts.size() < 2 * (kafkaBrokers - 1)) {
            throw new StackException(kafkaBrokers + " Kafka nodes need " + 2 * (kafkaBrokers - 1) + " extra ports, got "
                    + extraKafkaPorts.size());
        }
        Map<String, Integer> ports = ports();
        Map<Integer, String> seen = new LinkedHashMap<>();
        ports.forEach((name, port) -> {
            if (port < 1 || port > 65535) {
                throw new StackException(name + "=" + port + " is not a port number (1-65535)");
            }
            String other = seen.putIfAbsent(port, name);
            if (other != null) {
                throw new StackException(name + " and " + other + " are both " + port + "; every port must differ");
            }
        });
    }

    private static int port(Map<String, String> env, Setting setting, int fallback) {
        String value = env.get(setting.name());
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return positiveInt(setting, value);
    }

    private static int positiveInt(Setting setting, String value) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new StackException(setting.name() + "='" + value + "' is not a positive whole number");
    }

    private static String heap(Map<String, String> env, Setting setting, String fallback) {
        String value = env.get(setting.name());
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (!value.strip().matches("\\d+[kKmMgG]?")) {
            throw new StackException(setting.name() + "='" + value + "' is not a heap size such as 512m or 1g");
        }
        return value.strip();
    }

    public Path home() {
        return home;
    }

    public Path stateDir() {
        return stateDir;
    }

    public int kafkaPort() {
        return kafkaPort;
    }

    public int kafkaControllerPort() {
        return kafkaControllerPort;
    }

    /** How many Kafka nodes (KRaft, each broker and controller) the stack runs. */
    public int kafkaBrokers() {
        return kafkaBrokers;
    }

    /** The client port of Kafka node {@code node} (1-based; node 1 is {@link #kafkaPort()}). */
    public int kafkaPort(int node) {
        return node == 1 ? kafkaPort : extraKafkaPorts.get(2 * (node - 2));
    }

    /** The KRaft controller port of Kafka node {@code node} (1-based). */
    public int kafkaControllerPort(int node) {
        return node == 1 ? kafkaControllerPort : extraKafkaPorts.get(2 * (node - 2) + 1);
    }

    /** Replication factor for the stack's own topics: 3 with 3 or more nodes, else 1. */
    public int replicationFactor() {
        return kafkaBrokers >= 3 ? 3 : 1;
    }

    /** {@code min.insync.replicas} matching {@link #replicationFactor()}: 2 with 3 or more nodes, else 1. */
    public int minInsyncReplicas() {
        return kafkaBrokers >= 3 ? 2 : 1;
    }

    public int connectPort() {
        return connectPort;
    }

    public int cassandraPort() {
        return cassandraPort;
    }

    public int cassandraStoragePort() {
        return cassandraStoragePort;
    }

    public String kafkaHeap() {
        return kafkaHeap;
    }

    public String connectHeap() {
        return connectHeap;
    }

    public String cassandraHeap() {
        return cassandraHeap;
    }

    /** Commit log sync mode of Cassandra: periodic, group or batch. */
    public String cassandraCommitlogSync() {
        return cassandraCommitlogSync;
    }

    /** The JDK for Cassandra if one was configured, else null (then {@link JavaRuntimes} picks one). */
    public Path cassandraJavaHome() {
        return cassandraJavaHome;
    }

    public Path pluginPath() {
        return pluginPath;
    }

    public Path connectorConfigDir() {
        return connectorConfigDir;
    }

    public Duration startupTimeout() {
        return startupTimeout;
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
    /** Whether ./pipeline up starts the web console too. */
    public boolean console() {
        return console;
    }

    public List<String> producers() {
        return producers;
    }

    /** Variables set for every producer on top of the inherited environment (tests: SOURCE=replay, rates). */
    public Map<String, String> producerEnvironment() {
        return producerEnvironment;
    }

    /** Which port setting each port comes from, for messages. */
    public Map<String, Integer> ports() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put(Setting.KAFKA_PORT.name(), kafkaPort);
        ports.put(Setting.KAFKA_CONTROLLER_PORT.name(), kafkaControllerPort);
        for (int node = 2; node <= kafkaBrokers; node++) {
            ports.put(Setting.KAFKA_PORT.name() + "_" + node, kafkaPort(node));
            ports.put(Setting.KAFKA_CONTROLLER_PORT.name() + "_" + node, kafkaControllerPort(node));
        }
        ports.put(Setting.CONNECT_PORT.name(), connectPort);
        ports.put(Setting.CASSANDRA_PORT.name(), cassandraPort);
        ports.put(Setting.CASSANDRA_STORAGE_PORT.name(), cassandraStoragePort);
        return ports;
    }

    /** Most Kafka nodes a local stack runs. */
    public static final int MAX_BROKERS = 9;

    /** Ports of nodes 2..n next to node 1's: KAFKA_PORT + 2(n-1), KAFKA_CONTROLLER_PORT + 2(n-1). */
    private static List<Integer> derivedExtraPorts(Builder b) {
        List<Integer> ports = new ArrayList<>();
        for (int node = 2; node <= Math.min(b.kafkaBrokers, MAX_BROKERS); node++) {
            ports.add(b.kafkaPort + 2 * (node - 1));
            ports.add(b.kafkaControllerPort + 2 * (node - 1));
        }
        return ports;
    }

    /** Adjusts single values; {@link #build()} validates the whole. */
    public static final class Builder {
        private final Path home;
        private Path stateDir;
        private int kafkaPort = 9092;
        private int kafkaControllerPort = 9093;
        private int kafkaBrokers = 1;
        private List<Integer> extraKafkaPorts;
        private int connectPort = 8083;
        private int cassandraPort = 9042;
        private int cassandraStoragePort = 7000;
        private String kafkaHeap = "512m";
        private String connectHeap = "512m";
        private String cassandraHeap = "1g";
        private String cassandraCommitlogSync = Setting.CASSANDRA_COMMITLOG_SYNC.defaultText();
        private Path cassandraJavaHome;
        private Path pluginPath;
        private Path connectorConfigDir;
        private Duration startupTimeout = Duration.ofSeconds(240);
        private List<String> extraCassandraJvmOptions = new ArrayList<>();
        private boolean watchParent = true;
        private List<String> producers = new ArrayList<>(ALL_PRODUCERS);
        private Map<String, String> producerEnvironment = new LinkedHashMap<>();
        private boolean console = true;

        private Builder(Path home) {
            this.home = Objects.requireNonNull(home, "home").toAbsolutePath().normalize();
        }

        public Builder stateDir(Path v) {
            this.stateDir = v;
            return this;
        }

        public Builder kafkaPort(int v) {
            this.kafkaPort = v;
            return this;
        }

        public Builder kafkaControllerPort(int v) {
            this.kafkaControllerPort = v;
            return this;
        }

        public Builder kafkaBrokers(int v) {
            this.kafkaBrokers = v;
            return this;
        }

        /** Client and controller ports of nodes 2..n, in pairs (default: next to node 1's, see KAFKA_BROKERS). */
        public Builder extraKafkaPorts(List<Integer> v) {
            this.extraKafkaPorts = v == null ? null : new ArrayList<>(v);
            return this;
        }

        public Builder connectPort(int v) {
            this.connectPort = v;
            return this;
        }

        public Builder cassandraPort(int v) {
            this.cassandraPort = v;
            return this;
        }

        public Builder cassandraStoragePort(int v) {
            this.cassandraStoragePort = v;
            return this;
        }

        public Builder kafkaHeap(String v) {
            this.kafkaHeap = v;
            return this;
        }

        public Builder connectHeap(String v) {
            this.connectHeap = v;
            return this;
        }

        public Builder cassandraHeap(String v) {
            this.cassandraHeap = v;
            return this;
        }

        public Builder cassandraCommitlogSync(String v) {
            this.cassandraCommitlogSync = v;
            return this;
        }

        public Builder cassandraJavaHome(Path v) {
            this.cassandraJavaHome = v;
            return this;
        }

        public Builder pluginPath(Path v) {
            this.pluginPath = v;
            return this;
        }

        public Builder connectorConfigDir(Path v) {
            this.connectorConfigDir = v;
            return this;
        }

        public Builder startupTimeout(Duration v) {
            this.startupTimeout = v;
            return this;
        }

        public Builder extraCassandraJvmOptions(List<String> v) {
            this.extraCassandraJvmOptions = new ArrayList<>(v);
            return this;
        }

        public Builder watchParent(boolean v) {
            this.watchParent = v;
            return this;
        }

        public Builder console(boolean v) {
            this.console = v;
            return this;
        }

        public Builder producers(List<String> v) {
            this.producers = new ArrayList<>(v);
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
