package io.kafkapipeline.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kafkapipeline.stack.StackConfig;
import io.kafkapipeline.stack.node.KafkaBroker;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kafka.server.KafkaConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

/**
 * The broker of kafka/docker-compose.yml, checked with Kafka's own classes (the version the image runs): its
 * environment, turned into server properties the way the apache/kafka image does it, is a valid {@link KafkaConfig}
 * of known keys only, with the local stack's broker settings.
 */
class KafkaBrokerConfigTest {

    private static final Path ROOT = Repo.root();

    /**
     * Variables of the apache/kafka image that are not server properties (its launcher's JVM and logging settings;
     * the list of KafkaDockerWrapper in apache/kafka, core/src/main/scala/kafka/docker).
     */
    private static final Set<String> NOT_SERVER_PROPERTIES = Set.of(
            "KAFKA_VERSION",
            "KAFKA_HEAP_OPTS",
            "KAFKA_LOG4J_OPTS",
            "KAFKA_OPTS",
            "KAFKA_JMX_OPTS",
            "KAFKA_JVM_PERFORMANCE_OPTS",
            "KAFKA_GC_LOG_OPTS",
            "KAFKA_LOG4J_ROOT_LOGLEVEL",
            "KAFKA_LOG4J_LOGGERS",
            "KAFKA_TOOLS_LOG4J_LOGLEVEL",
            "KAFKA_JMX_HOSTNAME");

    private static final Pattern UNDERSCORES = Pattern.compile("_+");

    /** Broker settings that name addresses, folders or the node, which differ between the local stack and Docker. */
    private static final Set<String> ADDRESS_KEYS = Set.of(
            "node.id",
            "controller.quorum.voters",
            "listeners",
            "advertised.listeners",
            "listener.security.protocol.map",
            "inter.broker.listener.name",
            "log.dirs");

    /**
     * The server properties the apache/kafka image writes for an environment: every {@code KAFKA_*} variable but
     * the launcher's own is a property, named by dropping the prefix, lower-casing, and reading one underscore as a
     * dot, two as an underscore and three as a dash ({@code KAFKA_LOG_DIRS} is {@code log.dirs}).
     */
    static Properties serverProperties(Map<String, String> environment) {
        Properties properties = new Properties();
        environment.forEach((name, value) -> {
            if (!name.startsWith("KAFKA_") || NOT_SERVER_PROPERTIES.contains(name)) {
                return;
            }
            String rest = name.substring("KAFKA_".length());
            // The image removes every "KAFKA_" of the name, not only the prefix: keep names where both agree.
            assertThat(rest).as(name + ": KAFKA_ inside the name").doesNotContain("KAFKA_");
            Matcher runs = UNDERSCORES.matcher(rest.toLowerCase(java.util.Locale.ROOT));
            StringBuilder key = new StringBuilder();
            while (runs.find()) {
                String replacement = switch (runs.group().length()) {
                    case 1 -> ".";
                    case 2 -> "_";
                    case 3 -> "-";
                    default -> throw new AssertionError(name + ": more than three underscores in a row");
                };
                runs.appendReplacement(key, replacement);
            }
            runs.appendTail(key);
            properties.setProperty(key.toString(), value);
        });
        return properties;
    }

    /** The kafka service's environment as compose passes it (defaults of the compose file, empty .env). */
    private static Map<String, String> brokerEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        Compose.load(ROOT.resolve("kafka/docker-compose.yml"))
                .services()
                .get("kafka")
                .path("environment")
                .properties()
                .forEach(e -> environment.put(
                        e.getKey(), Compose.interpolate(e.getValue().asText(), Map.of())));
        return environment;
    }

    @Test
    void theConversionIsTheImagesOwn() {
        Properties converted = serverProperties(Map.of(
                "KAFKA_LOG_DIRS", "/d",
                "KAFKA_LISTENER_NAME_INTERNAL_SSL__KEYSTORE_LOCATION", "x",
                "KAFKA_SOME___DASHED", "y",
                "KAFKA_HEAP_OPTS", "-Xmx1g",
                "CLUSTER_ID", "z"));
        assertThat(converted)
                .containsOnly(
                        Map.entry("log.dirs", "/d"),
                        Map.entry("listener.name.internal.ssl_keystore.location", "x"),
                        Map.entry("some-dashed", "y"));
    }

    @Test
    void theBrokerEnvironmentIsAValidKafkaConfigOfKnownKeys() {
        Map<String, String> environment = brokerEnvironment();
        Properties properties = serverProperties(environment);

        Set<String> unknown = new TreeSet<>(properties.stringPropertyNames());
        unknown.removeAll(KafkaConfig.configDef().names());
        assertThat(unknown)
                .as("KAFKA_* variables of the kafka service that are no broker setting")
                .isEmpty();

        KafkaConfig config = KafkaConfig.fromProps(properties, false);
        assertThat(config.nodeId()).isEqualTo(1);
        assertThat(config.getList("process.roles")).containsExactlyInAnyOrder("broker", "controller");
        assertThat(config.getString("inter.broker.listener.name")).isEqualTo("INTERNAL");
        assertThat(config.getInt("num.partitions")).isEqualTo(3);
        assertThat(Uuid.fromString(environment.get("CLUSTER_ID")))
                .as("CLUSTER_ID, formatted into the data volume")
                .isNotNull();
        assertThat(environment.get("KAFKA_HEAP_OPTS")).as("the broker's heap").contains("-Xmx512m");
    }

    @Test
    void aWrongValueIsRefusedByKafkaConfig() {
        Map<String, String> environment = new LinkedHashMap<>(brokerEnvironment());
        environment.put("KAFKA_NUM_PARTITIONS", "three");

        assertThatThrownBy(() -> KafkaConfig.fromProps(serverProperties(environment), false))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("num.partitions");
    }

    @Test
    void theDockerBrokerHasTheLocalStackBrokerSettings() throws Exception {
        KafkaBroker local = new KafkaBroker(StackConfig.builder(ROOT).build());
        Method method = KafkaBroker.class.getDeclaredMethod("serverProperties");
        method.setAccessible(true);
        @SuppressWarnings("unchecked")
        Map<String, String> localProperties = (Map<String, String>) method.invoke(local);
        Properties docker = serverProperties(brokerEnvironment());

        Map<String, String> differing = new TreeMap<>();
        localProperties.forEach((key, value) -> {
            if (!ADDRESS_KEYS.contains(key) && !value.equals(docker.getProperty(key))) {
                differing.put(key, "local " + value + ", docker " + docker.getProperty(key));
            }
        });
        assertThat(differing)
                .as("broker settings of the Docker kafka service that differ from the local stack's")
                .isEmpty();
        Set<String> extra = new TreeSet<>(docker.stringPropertyNames());
        extra.removeAll(localProperties.keySet());
        assertThat(extra).as("Docker-only broker settings").isEmpty();
    }
}
