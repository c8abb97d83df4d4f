package io.kafkapipeline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.stack.RuntimeClasspath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code -Dcassandra.*} flags of cassandra/docker-compose.yml, loaded by Cassandra's own config loader (the
 * version of the image, in a child JVM on the local stack's Cassandra classpath) over a cassandra.yaml that has the
 * image's defaults for what they change: the node asks for a password and acknowledges a write once it is on disk,
 * and Cassandra knows every flag (it ignores a misspelled one without a word).
 */
class CassandraFlagsTest {

    private static final Path ROOT = Repo.root();
    private static final long TIMEOUT_SECONDS = 120;

    /** What Cassandra 5.0's conf/jvm17-server.options opens up that loading the configuration needs. */
    private static final List<String> JDK17_FLAGS = List.of(
            "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED",
            "--add-exports", "java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-exports", "java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens", "java.base/java.nio=ALL-UNNAMED");

    @TempDir
    Path dir;

    @Test
    void theComposeFlagsGivePasswordAuthenticationAndTheGroupCommitLog() throws Exception {
        List<String> flags = composeFlags();
        Map<String, String> loaded = load(flags);

        assertThat(loaded.get("unknown"))
                .as("flags Cassandra does not know (it would ignore them)")
                .isEmpty();
        assertThat(loaded)
                .containsEntry("authenticator", "org.apache.cassandra.auth.PasswordAuthenticator")
                .containsEntry("commitlog_sync", "group")
                .containsEntry("commitlog_sync_group_window", "2ms")
                .containsEntry("commitlog_sync_period", "0ms");
    }

    /** JVM_EXTRA_OPTS of the cassandra service, as compose passes them (one flag a word). */
    private static List<String> composeFlags() {
        String opts = Compose.load(ROOT.resolve("cassandra/docker-compose.yml"))
                .services()
                .get("cassandra")
                .path("environment")
                .path("JVM_EXTRA_OPTS")
                .asText();
        List<String> flags = List.of(Compose.interpolate(opts, Map.of()).trim().split("\\s+"));
        assertThat(flags).as("JVM_EXTRA_OPTS").isNotEmpty().allMatch(f -> f.startsWith("-Dcassandra."));
        return flags;
    }

    /** The probe's {@code probe.NAME=VALUE} lines; fails with the child's output when it does not load. */
    private Map<String, String> load(List<String> flags) throws IOException, InterruptedException {
        Path yaml = dir.resolve("cassandra.yaml");
        Files.writeString(yaml, imageLikeYaml());
        Path logback = dir.resolve("logback.xml");
        Files.writeString(
                logback,
                "<configuration><appender name=\"E\" class=\"ch.qos.logback.core.ConsoleAppender\">"
                        + "<target>System.err</target><encoder><pattern>%level %logger{0} %msg%n</pattern></encoder>"
                        + "</appender><root level=\"WARN\"><appender-ref ref=\"E\"/></root></configuration>");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        command.addAll(JDK17_FLAGS);
        command.add("-Dcassandra.config=" + yaml.toUri());
        command.add("-Dcassandra.storagedir=" + dir.resolve("storage"));
        command.add("-Dlogback.configurationFile=" + logback);
        command.addAll(flags);
        command.add("-cp");
        command.add(RuntimeClasspath.of("cassandra") + java.io.File.pathSeparator + probeLocation());
        command.add(CassandraConfigProbe.class.getName());
        command.addAll(flags);
        Path log = dir.resolve("probe.log");
        Process probe = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean finished = probe.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            probe.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished && probe.exitValue() == 0)
                .as("Cassandra loads the configuration with these flags: " + flags + "\n" + output)
                .isTrue();
        Map<String, String> values = new LinkedHashMap<>();
        output.lines()
                .filter(l -> l.startsWith("probe."))
                .forEach(l ->
                        values.put(l.substring("probe.".length(), l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
        return values;
    }

    /**
     * The local stack's cassandra.yaml (commit log {@code periodic}, 10 s, as the image's) with the image's
     * authenticator, {@code AllowAllAuthenticator} in Cassandra 5.0's class_name form: what the flags must change.
     */
    private static String imageLikeYaml() throws IOException {
        try (InputStream in =
                RuntimeClasspath.class.getResourceAsStream("/io/kafkapipeline/stack/conf/cassandra.yaml")) {
            assertThat(in).as("the local stack's cassandra.yaml").isNotNull();
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${storage_port}", "7000")
                    .replace("${native_port}", "9042");
            assertThat(yaml).contains("commitlog_sync: periodic").doesNotContain("authenticator");
            return yaml + "authenticator:\n  class_name: org.apache.cassandra.auth.AllowAllAuthenticator\n";
        }
    }

    private static String probeLocation() {
        try {
            return Path.of(CassandraConfigProbe.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
