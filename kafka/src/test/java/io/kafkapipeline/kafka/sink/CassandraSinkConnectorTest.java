package io.kafkapipeline.kafka.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.kafka.sink.config.ConnectorValidator;
import io.kafkapipeline.kafka.sink.config.EngineProps;
import io.kafkapipeline.kafka.sink.config.PipelineSinkConfig;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.apache.kafka.connect.sink.SinkConnector;
import org.junit.jupiter.api.Test;

class CassandraSinkConnectorTest {

    @Test
    void isDiscoverableByServiceLoading() {
        List<String> connectors = ServiceLoader.load(SinkConnector.class).stream()
                .map(p -> p.type().getName())
                .collect(Collectors.toList());

        assertThat(connectors).contains(CassandraSinkConnector.class.getName());
    }

    @Test
    void tasksGetTheConnectorConfigAndTheirIndex() {
        CassandraSinkConnector connector = new CassandraSinkConnector(new ConnectorValidator((p, e) -> {}));
        connector.start(Map.of("name", "weathersink", "topics", "weather"));

        List<Map<String, String>> configs = connector.taskConfigs(2);

        assertThat(configs).hasSize(2);
        assertThat(configs.get(0)).containsEntry("topics", "weather").containsEntry(EngineProps.TASK_ID_CONFIG, "0");
        assertThat(configs.get(1)).containsEntry(EngineProps.TASK_ID_CONFIG, "1");
        assertThat(connector.taskClass()).isEqualTo(CassandraSinkTask.class);
    }

    @Test
    void configDefinesDataStaxKeysAndOurs() {
        assertThat(new CassandraSinkConnector().config().names())
                .contains(
                        "contactPoints",
                        "port",
                        "loadBalancing.localDc",
                        "ignoreErrors",
                        "maxConcurrentRequests",
                        PipelineSinkConfig.RETRY_BACKOFF_MS_CONFIG,
                        PipelineSinkConfig.RETRY_MAX_ATTEMPTS_CONFIG,
                        PipelineSinkConfig.SESSION_RESTART_MS_CONFIG,
                        PipelineSinkConfig.VALIDATE_CASSANDRA_CONFIG);
    }
}
