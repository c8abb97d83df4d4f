package io.kafkapipeline.datavis.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kafkapipeline.common.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataVisConfigTest {

    @TempDir
    Path dir;

    @Test
    void defaults() {
        DataVisConfig c = DataVisConfig.fromEnvironment(Map.of());
        assertThat(c.host()).isEqualTo("127.0.0.1");
        assertThat(c.port()).isEqualTo(9042);
        assertThat(c.localDc()).isEqualTo("datacenter1");
        assertThat(c.username()).isEmpty();
        assertThat(c.password()).isEmpty();
    }

    @Test
    void overrides() {
        DataVisConfig c = DataVisConfig.fromEnvironment(Map.of(
                "CASSANDRA_HOST",
                "cassandra",
                "CASSANDRA_PORT",
                "19042",
                "CASSANDRA_LOCAL_DC",
                "dc2",
                "CASSANDRA_USERNAME",
                "vis",
                "CASSANDRA_PASSWORD",
                "s3cret"));
        assertThat(c.address()).isEqualTo("cassandra:19042");
        assertThat(c.localDc()).isEqualTo("dc2");
        assertThat(c.username()).contains("vis");
        assertThat(c.password()).contains("s3cret");
        assertThat(c.toString()).doesNotContain("s3cret").contains("password=****");
    }

    @Test
    void badPortIsNamed() {
        assertThatThrownBy(() -> DataVisConfig.fromEnvironment(Map.of("CASSANDRA_PORT", "90420")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Invalid CASSANDRA_PORT='90420': is not a port number (1-65535)");
    }

    @Test
    void secretsFromFiles() throws IOException {
        Path user = Files.writeString(dir.resolve("user"), "vis\n");
        Path pass = Files.writeString(dir.resolve("pass"), "s3cret\n");
        DataVisConfig c = DataVisConfig.fromEnvironment(
                Map.of("CASSANDRA_USERNAME_FILE", user.toString(), "CASSANDRA_PASSWORD_FILE", pass.toString()));
        assertThat(c.username()).contains("vis");
        assertThat(c.password()).contains("s3cret");
    }

    @Test
    void badSecretCombinationsAreNamed() {
        assertThat(DataVisConfig.fromEnvironment(Map.of(
                                "CASSANDRA_PASSWORD", "x", "CASSANDRA_PASSWORD_FILE", "/x", "CASSANDRA_USERNAME", "u"))
                        .password())
                .as("the variable wins over its _FILE")
                .contains("x");
        assertThatThrownBy(() -> DataVisConfig.fromEnvironment(Map.of("CASSANDRA_USERNAME", "u")))
                .hasMessage("CASSANDRA_USERNAME is set but CASSANDRA_PASSWORD is not");
        assertThatThrownBy(() -> DataVisConfig.fromEnvironment(Map.of("CASSANDRA_PASSWORD", "p")))
                .hasMessage("CASSANDRA_PASSWORD is set but CASSANDRA_USERNAME is not");
        String missing = dir.resolve("nope").toString();
        assertThatThrownBy(() -> DataVisConfig.fromEnvironment(
                        Map.of("CASSANDRA_USERNAME", "u", "CASSANDRA_PASSWORD_FILE", missing)))
                .hasMessageStartingWith("CASSANDRA_PASSWORD_FILE: cannot read '" + missing + "'");
    }
}
