package io.kafkapipeline.kafka.sink;

import io.kafkapipeline.kafka.sink.config.CassandraProbe;
import io.kafkapipeline.kafka.sink.config.ConnectorValidator;
import io.kafkapipeline.kafka.sink.config.EngineProps;
import io.kafkapipeline.kafka.sink.config.PipelineSinkConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Connect sink writing topics to Cassandra tables through the DataStax sink engine. Takes DataStax's
 * connector settings unchanged ({@code contactPoints}, {@code loadBalancing.localDc},
 * {@code topic.<topic>.<keyspace>.<table>.mapping}, {@code ignoreErrors}, auth, SSL, ...) plus the
 * {@code kafkapipeline.*} keys of {@link PipelineSinkConfig}.
 */
public class CassandraSinkConnector extends SinkConnector {

    private static final Logger log = LoggerFactory.getLogger(CassandraSinkConnector.class);

    private final ConnectorValidator validator;
    private Map<String, String> props;

    public CassandraSinkConnector() {
        this(new ConnectorValidator(new CassandraProbe()));
    }

    /* visible for testing */ CassandraSinkConnector(ConnectorValidator validator) {
        this.validator = validator;
    }

    @Override
    public void start(Map<String, String> props) {
        new PipelineSinkConfig(props);
        this.props = new HashMap<>(props);
        log.info("Starting Cassandra sink connector {} for topics {}", props.get("name"), props.get("topics"));
    }

    @Override
    public Class<? extends Task> taskClass() {
        return CassandraSinkTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        List<Map<String, String>> configs = new ArrayList<>(maxTasks);
        for (int i = 0; i < maxTasks; i++) {
            Map<String, String> config = new HashMap<>(props);
            config.put(EngineProps.TASK_ID_CONFIG, Integer.toString(i));
            configs.add(config);
        }
        return configs;
    }

    @Override
    public void stop() {
        // Nothing to do: the tasks own the Cassandra sessions.
    }

    @Override
    public ConfigDef config() {
        return PipelineSinkConfig.CONFIG_DEF;
    }

    @Override
    public Config validate(Map<String, String> connectorConfigs) {
        return validator.validate(connectorConfigs);
    }

    @Override
    public String version() {
        return SinkVersion.get();
    }
}
