package io.kafkapipeline.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kafkapipeline.common.config.ConfigException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackConfigTest {

    @TempDir
    Path home;

    private Map<String, String> env(String... kv) {
        Map<String, String> env = new HashMap<>();
        env.put("PIPELINE_HOME", home.toString());
        for (int i = 0; i < kv.length; i += 2) {
            env.put(kv[i], kv[i + 1]);
        }
        return env;
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        StackConfig config = StackConfig.fromEnvironment(env());

        assertThat(config.kafkaPort()).isEqualTo(9092);
        assertThat(config.kafkaControllerPort()).isEqualTo(9093);
        assertThat(config.connectPort()).isEqualTo(8083);
        assertThat(config.cassandraPort()).isEqualTo(9042);
        assertThat(config.cassandraStoragePort()).isEqualTo(7000);
        assertThat(config.stateDir()).isEqualTo(home.resolve(".pipeline"));
        assertThat(config.pluginPath()).isEqualTo(home.resolve("kafka/target/plugin"));
        assertThat(config.connectorConfigDir()).isEqualTo(home.resolve("kafka/connect"));
        assertThat(config.startupTimeout()).isEqualTo(Duration.ofSeconds(240));
        assertThat(config.producers()).isEqualTo(StackConfig.ALL_PRODUCERS);
        assertThat(config.cassandraJavaHome()).isNull();
        for (var key : StackConfig.definition().keys()) {
            assertThat(key.doc()).as(key.name()).isNotBlank();
            assertThat(key.defaultDoc()).as(key.name()).isNotEqualTo("(unset)");
        }
    }

    @Test
    void environmentOverridesDefaults() {
        StackConfig config = StackConfig.fromEnvironment(env(
                "KAFKA_PORT",
                "19092",
                "CASSANDRA_HEAP",
                "768m",
                "PIPELINE_STATE_DIR",
                "state",
                "STARTUP_TIMEOUT_SECONDS",
                "30"));

        assertThat(config.kafkaPort()).isEqualTo(19092);
        assertThat(config.cassandraHeap()).isEqualTo("768m");
        assertThat(config.stateDir()).isEqualTo(home.resolve("state"));
        assertThat(config.startupTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void badValuesNameTheVariable() {
        assertThatThrownBy(() -> StackConfig.fromEnvironment(env("KAFKA_PORT", "abc")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Invalid KAFKA_PORT='abc': is not a port number (1-65535)");
        assertThatThrownBy(() -> StackConfig.fromEnvironment(env("CASSANDRA_PORT", "70000")))
                .hasMessage("Invalid CASSANDRA_PORT='70000': is not a port number (1-65535)");
        assertThatThrownBy(() -> StackConfig.fromEnvironment(env("CONNECT_HEAP", "lots")))
                .hasMessage("Invalid CONNECT_HEAP='lots': is not a heap size such as 512m or 1g");
        assertThatThrownBy(() -> StackConfig.fromEnvironment(env("CONNECT_PORT", "9092")))
                .hasMessage("CONNECT_PORT and KAFKA_PORT are both 9092; every port must differ");
        assertThatThrownBy(() -> StackConfig.fromEnvironment(env("PIPELINE_PRODUCERS", "faker-producer,x")))
                .hasMessage("Invalid PIPELINE_PRODUCERS='faker-producer,x': names 'x'; known: owm-producer,"
                        + " faker-producer, spacex-producer, social-producer, classifier (or none)");
        assertThatThrownBy(() -> StackConfig.fromEnvironment(env("CASSANDRA_COMMITLOG_SYNC", "sometimes")))
                .hasMessage("Invalid CASSANDRA_COMMITLOG_SYNC='sometimes': must be one of periodic|group|batch");
    }

    @Test
    void freePortsGivesFiveDistinctFreePorts() {
        StackConfig config = StackConfig.builder(home).freePorts().build();

        assertThat(config.ports().values()).doesNotHaveDuplicates().allMatch(FreePorts::isFree);
    }

    @Test
    void threeKafkaNodesGetPortsNextToNodeOnesAndReplicationFactorThree() {
        StackConfig config = StackConfig.fromEnvironment(env("KAFKA_BROKERS", "3"));

        assertThat(config.kafkaBrokers()).isEqualTo(3);
        assertThat(List.of(config.kafkaPort(1), config.kafkaPort(2), config.kafkaPort(3)))
                .containsExactly(9092, 9094, 9096);
        assertThat(List.of(config.kafkaControllerPort(2), config.kafkaControllerPort(3)))
                .containsExactly(9095, 9097);
        assertThat(config.ports()).containsEntry("KAFKA_PORT_3", 9096).containsEntry("KAFKA_CONTROLLER_PORT_2", 9095);
        assertThat(config.replicationFactor()).isEqualTo(3);
        assertThat(config.minInsyncReplicas()).isEqualTo(2);
        assertThat(StackConfig.fromEnvironment(env()).replicationFactor()).isEqualTo(1);
        assertThat(StackConfig.fromEnvironment(env()).ports()).hasSize(5);
        assertThatThrownBy(() -> StackConfig.fromEnvironment(env("KAFKA_BROKERS", "12")))
                .hasMessage("Invalid KAFKA_BROKERS='12': must be between 1 and 9");
        assertThat(StackConfig.fromEnvironment(env("PIPELINE_PRODUCERS", "none"))
                        .producers())
                .isEmpty();
    }

    @Test
    void freePortsAlsoCoverExtraKafkaNodes() {
        StackConfig config =
                StackConfig.builder(home).freePorts().kafkaBrokers(3).build();

        assertThat(config.ports()).hasSize(9);
        assertThat(config.ports().values()).doesNotHaveDuplicates().allMatch(FreePorts::isFree);
        assertThat(config.toBuilder().build().kafkaPort(3)).isEqualTo(config.kafkaPort(3));
    }
}
