package io.kafkapipeline.stack.node;

import io.kafkapipeline.stack.JavaRuntimes;
import io.kafkapipeline.stack.RuntimeClasspath;
import io.kafkapipeline.stack.StackConfig;
import io.kafkapipeline.stack.process.ChildJvm;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

/** A single-node Kafka broker in KRaft mode (broker and controller in one JVM); storage formatted on first start. */
public final class KafkaBroker extends StackNode {

    private final StackConfig config;
    private final Path dir;
    private final Path dataDir;
    private final ChildJvm jvm;

    public KafkaBroker(StackConfig config) {
        this.config = config;
        this.dir = config.stateDir().resolve("kafka");
        this.dataDir = dir.resolve("data");
        this.jvm = new ChildJvm(name(), JavaRuntimes.current(), classpath(), jvmOptions(config.kafkaHeap(), dir),
                "kafka.Kafka", List.of(dir.resolve("server.properties").toString()), config.stateDir());
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public String displayName() {
        return "Kafka";
    }

    @Override
    public int port() {
        return config.kafkaPort();
    }

    @Override
    public String portSetting() {
        return "KAFKA_PORT";
    }

    @Override
    public ChildJvm jvm() {
        return jvm;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + config.kafkaPort();
    }

    @Override
    public void prepare() {
        write(dir.resolve("log4j2.xml"), template("kafka-log4j2.xml", Map.of()));
        writeProperties(dir.resolve("server.properties"), serverProperties());
        if (!Files.exists(dataDir.resolve("meta.properties"))) {
            ChildJvm format = new ChildJvm("kafka-format", JavaRuntimes.current(), classpath(),
                    jvmOptions("256m", dir), "kafka.tools.StorageTool",
                    List.of("format", "-t", Uuid.randomUuid().toString(), "-c", dir.resolve("server.properties").toString()),
                    config.stateDir());
            format.runToCompletion(Duration.ofSeconds(120));
        }
    }

    Map<String, String> serverProperties() {
        String controller = "127.0.0.1:" + config.kafkaControllerPort();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@" + controller);
        p.put("listeners", "PLAINTEXT://" + bootstrapServers() + ",CONTROLLER://" + controller);
        p.put("advertised.listeners", "PLAINTEXT://" + bootstrapServers());
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", dataDir.toString());
        p.put("num.partitions", "3");
        p.put("auto.create.topics.enable", "true");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "10");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("log.retention.hours", "168");
        return p;
    }

    @Override
    protected boolean probe() {
        if (!acceptsConnections(config.kafkaPort())) {
            return false;
        }
        Map<String, Object> props = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(props)) {
            return !admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000)).nodes()
                    .get(4, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    static String classpath() {
        return RuntimeClasspath.of("kafka") + File.pathSeparator + RuntimeClasspath.launcherLocation();
    }

    static List<String> jvmOptions(String heap, Path confDir) {
        return List.of("-Xms" + heap, "-Xmx" + heap, "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20",
                "-Djava.awt.headless=true", "-Djava.net.preferIPv4Stack=true",
                "-Dlog4j2.configurationFile=" + confDir.resolve("log4j2.xml"));
    }
}
