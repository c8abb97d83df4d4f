package io.kafkapipeline.stack.node;

import io.kafkapipeline.stack.JavaRuntimes;
import io.kafkapipeline.stack.StackConfig;
import io.kafkapipeline.stack.connect.ConnectRest;
import io.kafkapipeline.stack.process.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Kafka Connect worker in distributed mode. Its {@code plugin.path} holds the project's plugins; plugins are
 * found through {@code META-INF/services} ({@code plugin.discovery=service_load}), which starts it ~3x faster than
 * scanning.
 */
public final class ConnectWorker extends StackNode {

    /** Group id of the worker; also the prefix of its internal topics. */
    public static final String GROUP_ID = "kafkapipeline-connect";

    private final StackConfig config;
    private final String name;
    private final int port;
    private final Path dir;
    private final ChildJvm jvm;
    private final String bootstrapServers;

    public ConnectWorker(StackConfig config, String bootstrapServers) {
        this(config, bootstrapServers, "connect", config.connectPort());
    }

    /** A worker of the same group under another name and REST port (a second worker, for fault tests). */
    public ConnectWorker(StackConfig config, String bootstrapServers, String name, int port) {
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.name = name;
        this.port = port;
        this.dir = config.stateDir().resolve(name);
        this.jvm = new ChildJvm(
                name(),
                JavaRuntimes.current(),
                KafkaBroker.classpath(),
                KafkaBroker.jvmOptions(config.connectHeap(), dir),
                "org.apache.kafka.connect.cli.ConnectDistributed",
                List.of(dir.resolve("worker.properties").toString()),
                config.stateDir(),
                Map.of());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String displayName() {
        return name.equals("connect") ? "Kafka Connect" : "Kafka Connect (" + name + ")";
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String portSetting() {
        return "CONNECT_PORT";
    }

    @Override
    public ChildJvm jvm() {
        return jvm;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void prepare() {
        write(dir.resolve("log4j2.xml"), template("kafka-log4j2.xml", Map.of()));
        writeProperties(dir.resolve("worker.properties"), workerProperties());
    }

    Map<String, String> workerProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("bootstrap.servers", bootstrapServers);
        p.put("group.id", GROUP_ID);
        p.put("listeners", url());
        p.put("rest.advertised.host.name", "127.0.0.1");
        p.put("rest.advertised.port", Integer.toString(port));
        // Producers key records by the table's primary key as a plain string; values are schemaless JSON.
        p.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        p.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
        p.put("value.converter.schemas.enable", "false");
        p.put("config.storage.topic", GROUP_ID + "-configs");
        p.put("offset.storage.topic", GROUP_ID + "-offsets");
        p.put("status.storage.topic", GROUP_ID + "-status");
        String rf = Integer.toString(config.replicationFactor());
        p.put("config.storage.replication.factor", rf);
        p.put("offset.storage.replication.factor", rf);
        p.put("status.storage.replication.factor", rf);
        p.put("offset.flush.interval.ms", "5000");
        // Tasks of a worker that died (no goodbye) move to the others after this delay (default 5 min).
        p.put("scheduled.rebalance.max.delay.ms", "10000");
        // Sink tasks' consumers: the partitions of a task whose worker died are reassigned after 10 s instead of
        // the client default of 45 s (Kafka's default before 3.0; one host, so no cloud network hiccups to ride out).
        p.put("consumer.session.timeout.ms", "10000");
        p.put("plugin.discovery", "service_load");
        if (Files.isDirectory(config.pluginPath())) {
            p.put("plugin.path", config.pluginPath().toString());
        }
        return p;
    }

    @Override
    protected boolean probe() {
        return acceptsConnections(port) && new ConnectRest(url()).isReady();
    }
}
