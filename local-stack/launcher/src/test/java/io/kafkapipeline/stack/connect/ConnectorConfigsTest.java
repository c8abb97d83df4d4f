package io.kafkapipeline.stack.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kafkapipeline.stack.StackException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectorConfigsTest {

    @TempDir
    Path dir;

    @Test
    void loadsEveryJsonFileInNameOrderWithValuesAsText() throws IOException {
        Files.writeString(dir.resolve("b.json"), "{\"name\":\"bsink\",\"config\":{\"tasks.max\":2,\"topics\":\"b\"}}");
        Files.writeString(dir.resolve("a.json"), "{\"name\":\"asink\",\"config\":{\"topics\":\"a\"}}");
        Files.writeString(dir.resolve("notes.txt"), "ignored");

        List<ConnectorConfigs.Connector> connectors = ConnectorConfigs.load(dir);

        assertThat(connectors).extracting(ConnectorConfigs.Connector::name).containsExactly("asink", "bsink");
        assertThat(connectors.get(1).config()).containsEntry("tasks.max", "2").containsEntry("topics", "b");
    }

    @Test
    void missingFolderMeansNoConnectors() {
        assertThat(ConnectorConfigs.load(dir.resolve("absent"))).isEmpty();
    }

    @Test
    void malformedFilesAreNamed() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"name\": \"x\", \"config\": ");
        assertThatThrownBy(() -> ConnectorConfigs.load(dir))
                .isInstanceOf(StackException.class)
                .hasMessageContaining(bad.toString())
                .hasMessageContaining("not valid JSON");

        Files.writeString(bad, "{\"config\": {}}");
        assertThatThrownBy(() -> ConnectorConfigs.load(dir)).hasMessageContaining("must be {\"name\"");
    }

    @Test
    void localCassandraReplacesTheDockerAddressOnly() {
        Map<String, String> docker = Map.of("contactPoints", "cassandra", "port", "9042", "topics", "weather");

        Map<String, String> local = ConnectorConfigs.withCassandra(docker, "127.0.0.1", 41234, "datacenter1");

        assertThat(local)
                .containsEntry("contactPoints", "127.0.0.1")
                .containsEntry("port", "41234")
                .containsEntry("loadBalancing.localDc", "datacenter1")
                .containsEntry("topics", "weather");
    }
}
