package io.kafkapipeline.stack.node;

import io.kafkapipeline.stack.JavaRuntimes;
import io.kafkapipeline.stack.RuntimeClasspath;
import io.kafkapipeline.stack.StackConfig;
import io.kafkapipeline.stack.StackException;
import io.kafkapipeline.stack.process.ChildJvm;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

/**
 * A Kafka node in KRaft mode, broker and controller in one JVM; storage formatted on first start. With
 * {@code KAFKA_BROKERS} > 1 every node is a voter of the controller quorum ({@code controller.quorum.voters} lists
 * them all), so any single node may die; node 1 is "kafka" (folder {@code kafka/}), node n "kafka-n".
 */
public final class KafkaBroker extends StackNode {

    private final StackConfig config;
    private final int nodeId;
    private final Path dir;
    private final Path dataDir;
    private final ChildJvm jvm;

    /** Node 1, the only one of a single-node stack. */
    public KafkaBroker(StackConfig config) {
        this(config, 1);
    }

    /** Node {@code nodeId} (1..KAFKA_BROKERS). */
    public KafkaBroker(StackConfig config, int nodeId) {
        this.config = config;
        this.nodeId = nodeId;
        this.dir = config.stateDir().resolve(nodeId == 1 ? "kafka" : "kafka-" + nodeId);
        this.dataDir = dir.resolve("data");
        this.jvm = new ChildJvm(
                name(),
                JavaRuntimes.current(),
                classpath(),
                jvmOptions(config.kafkaHeap(), dir),
                "kafka.Kafka",
                List.of(dir.resolve("server.properties").toString()),
                config.stateDir(),
                Map.of());
    }

    @Override
    public String name() {
        return nodeId == 1 ? "kafka" : "kafka-" + nodeId;
    }

    @Override
    public String displayName() {
        return nodeId == 1 ? "Kafka" : "Kafka node " + nodeId;
    }

    public int nodeId() {
        return nodeId;
    }

    @Override
    public int port() {
        return config.kafkaPort(nodeId);
    }

    @Override
    public String portSetting() {
        return "KAFKA_PORT";
    }

    @Override
    public ChildJvm jvm() {
        return jvm;
    }

    /** This node's client address. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port();
    }

    @Override
    public void prepare() {
        write(dir.resolve("log4j2.xml"), template("kafka-log4j2.xml", Map.of()));
        writeProperties(dir.resolve("server.properties"), serverProperties());
        if (!Files.exists(dataDir.resolve("meta.properties"))) {
            ChildJvm format = new ChildJvm(
                    "kafka-format",
                    JavaRuntimes.current(),
                    classpath(),
                    jvmOptions("256m", dir),
                    "kafka.tools.StorageTool",
                    List.of(
                            "format",
                            "-t",
                            clusterId(),
                            "-c",
                            dir.resolve("server.properties").toString()),
                    config.stateDir(),
                    Map.of());
            format.runToCompletion(Duration.ofSeconds(120));
        }
    }

    /** Node 1's cluster id once it is formatted (nodes are prepared in order), else a new one. */
    private String clusterId() {
        Path first = config.stateDir().resolve("kafka/data/meta.properties");
        if (nodeId != 1 && Files.exists(first)) {
            try (InputStream in = Files.newInputStream(first)) {
                Properties meta = new Properties();
                meta.load(in);
                return meta.getProperty("cluster.id");
            } catch (IOException e) {
                throw new StackException("Cannot read " + first + ": " + e.getMessage(), e);
            }
        }
        return Uuid.randomUuid().toString();
    }

    Map<String, String> serverProperties() {
        String controller = "127.0.0.1:" + config.kafkaControllerPort(nodeId);
        StringBuilder voters = new StringBuilder();
        for (int node = 1; node <= config.kafkaBrokers(); node++) {
            voters.append(node == 1 ? "" : ",")
                    .append(node)
                    .append("@127.0.0.1:")
                    .append(config.kafkaControllerPort(node));
        }
        String rf = Integer.toString(config.replicationFactor());
        String minIsr = Integer.toString(config.minInsyncReplicas());
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(nodeId));
        p.put("controller.quorum.voters", voters.toString());
        p.put("listeners", "PLAINTEXT://" + bootstrapServers() + ",CONTROLLER://" + controller);
        p.put("advertised.listeners", "PLAINTEXT://" + bootstrapServers());
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", dataDir.toString());
        p.put("num.partitions", "3");
        p.put("auto.create.topics.enable", "true");
        p.put("offsets.topic.replication.factor", rf);
        p.put("offsets.topic.num.partitions", "10");
        p.put("transaction.state.log.replication.factor", rf);
        p.put("transaction.state.log.min.isr", minIsr);
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", rf);
        p.put("share.coordinator.state.topic.min.isr", minIsr);
        if (config.kafkaBrokers() > 1) {
            p.put("default.replication.factor", rf);
            p.put("min.insync.replicas", minIsr);
        }
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("log.retention.hours", "168");
        return p;
    }

    @Override
    protected boolean probe() {
        if (!acceptsConnections(port())) {
            return false;
        }
        Map<String, Object> props = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(props)) {
            return !admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000))
                    .nodes()
                    .get(4, TimeUnit.SECONDS)
                    .isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    static String classpath() {
        return RuntimeClasspath.of("kafka") + File.pathSeparator + RuntimeClasspath.launcherLocation();
    }

    static List<String> jvmOptions(String heap, Path confDir) {
        return List.of(
                "-Xms" + heap,
                "-Xmx" + heap,
                "-XX:+UseG1GC",
                "-XX:MaxGCPauseMillis=20",
                "-Djava.awt.headless=true",
                "-Djava.net.preferIPv4Stack=true",
                "-Dlog4j2.configurationFile=" + confDir.resolve("log4j2.xml"));
    }
}
