package io.kafkapipeline.stack.node;

import com.datastax.oss.driver.api.core.CqlSession;
import io.kafkapipeline.cassandra.CqlSessions;
import io.kafkapipeline.stack.JavaRuntimes;
import io.kafkapipeline.stack.RuntimeClasspath;
import io.kafkapipeline.stack.StackConfig;
import io.kafkapipeline.stack.process.ChildJvm;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A single Cassandra 5.0 node ({@code CassandraDaemon} on JDK 11/17), data under {@code <state>/cassandra}. */
public final class CassandraNode extends StackNode {

    /** Data centre of the node (SimpleSnitch); clients name it as their local DC. */
    public static final String DATACENTER = CqlSessions.DEFAULT_LOCAL_DC;

    /** JVM flags of Cassandra's conf/jvm17-server.options that a node without JMX and UDFs needs on JDK 17. */
    private static final List<String> JDK17_FLAGS = List.of(
            "-Djdk.attach.allowAttachSelf=true",
            "--add-exports",
            "java.base/jdk.internal.misc=ALL-UNNAMED",
            "--add-exports",
            "java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-exports",
            "java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-exports",
            "java.management.rmi/com.sun.jmx.remote.internal.rmi=ALL-UNNAMED",
            "--add-exports",
            "java.rmi/sun.rmi.registry=ALL-UNNAMED",
            "--add-exports",
            "java.rmi/sun.rmi.server=ALL-UNNAMED",
            "--add-exports",
            "java.sql/java.sql=ALL-UNNAMED",
            "--add-exports",
            "java.base/java.lang.ref=ALL-UNNAMED",
            "--add-exports",
            "jdk.unsupported/sun.misc=ALL-UNNAMED",
            "--add-opens",
            "java.base/java.lang.module=ALL-UNNAMED",
            "--add-opens",
            "java.base/jdk.internal.loader=ALL-UNNAMED",
            "--add-opens",
            "java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens",
            "java.base/jdk.internal.reflect=ALL-UNNAMED",
            "--add-opens",
            "java.base/jdk.internal.math=ALL-UNNAMED",
            "--add-opens",
            "java.base/jdk.internal.module=ALL-UNNAMED",
            "--add-opens",
            "java.base/jdk.internal.util.jar=ALL-UNNAMED",
            "--add-opens",
            "java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens",
            "java.base/java.io=ALL-UNNAMED",
            "--add-opens",
            "java.base/java.nio=ALL-UNNAMED",
            "--add-opens",
            "java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens",
            "java.base/java.lang=ALL-UNNAMED",
            "--add-opens",
            "java.base/java.util=ALL-UNNAMED",
            "--add-opens",
            "java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens",
            "java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens",
            "jdk.management/com.sun.management.internal=ALL-UNNAMED");

    private static final String ALLOW_SYSTEM_PROPERTIES = "-Dcassandra.config.allow_system_properties=true";
    private static final String SETTING = "-Dcassandra.settings.";

    private final StackConfig config;
    private final Path dir;
    private final ChildJvm jvm;

    public CassandraNode(StackConfig config) {
        this.config = config;
        this.dir = config.stateDir().resolve("cassandra");
        this.jvm = new ChildJvm(
                name(),
                JavaRuntimes.forCassandra(config.cassandraJavaHome()),
                RuntimeClasspath.of("cassandra") + File.pathSeparator + RuntimeClasspath.launcherLocation(),
                jvmOptions(),
                "org.apache.cassandra.service.CassandraDaemon",
                List.of(),
                config.stateDir(),
                Map.of());
    }

    @Override
    public String name() {
        return "cassandra";
    }

    @Override
    public String displayName() {
        return "Cassandra";
    }

    @Override
    public int port() {
        return config.cassandraPort();
    }

    @Override
    public String portSetting() {
        return "CASSANDRA_PORT";
    }

    @Override
    public ChildJvm jvm() {
        return jvm;
    }

    @Override
    public void prepare() {
        write(
                dir.resolve("conf/cassandra.yaml"),
                template(
                        "cassandra.yaml",
                        Map.of(
                                "storage_port", Integer.toString(config.cassandraStoragePort()),
                                "native_port", Integer.toString(config.cassandraPort()))));
        write(dir.resolve("conf/logback.xml"), template("cassandra-logback.xml", Map.of()));
    }

    /**
     * The JVM flags that set the commit log mode over cassandra.yaml's {@code periodic} default, as cassandra.yaml
     * settings given as system properties (Cassandra 4.1+). The Docker deployment passes the same flags (its
     * compose file is checked against this method). {@code periodic}: acknowledged at once, synced every 10 s (a
     * SIGKILL can lose what was acknowledged since the last sync marker); {@code group}: acknowledged once fsynced,
     * writes grouped over 2 ms; {@code batch}: acknowledged once fsynced, no window. {@code group} and
     * {@code batch} must not have a sync period, hence the 0 ms. The window is short because a write holds one of the
     * node's 32 {@code concurrent_writes} threads until its sync: with 15 ms a node took at most ~2,100 writes/s
     * (32 / 15 ms, measured), with 2 ms ~6,500/s, against ~10,000-13,000/s under {@code periodic} (20,000 async
     * inserts, 2-core machine).
     */
    public static List<String> commitlogOptions(String mode) {
        return switch (mode) {
            case "periodic" -> List.of();
            case "group" ->
                List.of(
                        ALLOW_SYSTEM_PROPERTIES,
                        SETTING + "commitlog_sync=group",
                        SETTING + "commitlog_sync_group_window=2ms",
                        SETTING + "commitlog_sync_period=0ms");
            case "batch" ->
                List.of(
                        ALLOW_SYSTEM_PROPERTIES,
                        SETTING + "commitlog_sync=batch",
                        SETTING + "commitlog_sync_period=0ms");
            default -> throw new IllegalArgumentException("commit log mode " + mode);
        };
    }

    private List<String> jvmOptions() {
        String heap = config.cassandraHeap();
        List<String> opts = new ArrayList<>();
        opts.add("-Xmx" + heap);
        opts.add("-Xms" + halfOf(heap));
        opts.add("-XX:+UseG1GC");
        opts.add("-XX:MaxGCPauseMillis=300");
        opts.add("-Xss256k");
        opts.addAll(JDK17_FLAGS);
        opts.add("-Dio.netty.tryReflectionSetAccessible=true");
        opts.add("-Djava.net.preferIPv4Stack=true");
        opts.add("-Dcassandra.config=" + dir.resolve("conf/cassandra.yaml").toUri());
        opts.add("-Dcassandra.storagedir=" + dir.resolve("data"));
        opts.add("-Dcassandra.logdir=" + config.stateDir().resolve("logs"));
        opts.add("-Dlogback.configurationFile=" + dir.resolve("conf/logback.xml"));
        opts.add("-Dcassandra-foreground=yes");
        opts.add("-Dcassandra.shutdown_announce_in_ms=0");
        opts.add("-Dcassandra.skip_wait_for_gossip_to_settle=0");
        opts.add("-Dcassandra.superuser_setup_delay_ms=0");
        opts.addAll(commitlogOptions(config.cassandraCommitlogSync()));
        opts.addAll(config.extraCassandraJvmOptions());
        return opts;
    }

    /** Half of a heap size such as "1g" -> "512m", for -Xms. */
    static String halfOf(String heap) {
        char unit = Character.toLowerCase(heap.charAt(heap.length() - 1));
        long bytes = Character.isDigit(unit)
                ? Long.parseLong(heap)
                : Long.parseLong(heap.substring(0, heap.length() - 1))
                        * switch (unit) {
                            case 'k' -> 1024L;
                            case 'm' -> 1024L * 1024;
                            case 'g' -> 1024L * 1024 * 1024;
                            default -> throw new IllegalArgumentException(heap);
                        };
        return Math.max(bytes / 2 / (1024 * 1024), 64) + "m";
    }

    @Override
    protected boolean probe() {
        if (!acceptsConnections(config.cassandraPort())) {
            return false;
        }
        try (CqlSession session = CqlSessions.open("127.0.0.1", config.cassandraPort())) {
            return session.execute("SELECT release_version FROM system.local").one() != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
