package io.kafkapipeline.kafka.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.cassandra.Schema;
import io.kafkapipeline.cassandra.Table;
import io.kafkapipeline.common.contract.RecordType;
import io.kafkapipeline.common.contract.RecordTypes;
import io.kafkapipeline.kafka.sink.config.ConnectorValidator;
import io.kafkapipeline.stack.connect.ConnectorConfigs;
import io.kafkapipeline.stack.connect.ConnectorConfigs.Connector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every connector config in connect/ passes the real connector's validation, and each record contract of the pipeline
 * has exactly one connector, which writes its topic into its table and maps exactly the table's columns (from the
 * schema model of cassandra/schema) to the record's fields of the same name.
 */
class ConnectorJsonFilesTest {

    private static final Path CONNECT_DIR = Path.of("connect");

    static Stream<RecordType<?>> recordTypes() {
        return RecordTypes.ALL.stream();
    }

    static List<Connector> connectors() {
        return ConnectorConfigs.load(CONNECT_DIR);
    }

    @ParameterizedTest
    @MethodSource("recordTypes")
    void oneConnectorWritesEachTopicIntoItsTableMappingEveryColumn(RecordType<?> type) {
        Table table = Schema.table(type.table());
        List<Connector> writers = connectors().stream()
                .filter(c -> type.topic().equals(c.config().get("topics")))
                .toList();
        assertThat(writers).as("connectors reading topic %s", type.topic()).hasSize(1);
        Map<String, String> config = writers.get(0).config();

        assertThat(config)
                .containsEntry("connector.class", CassandraSinkConnector.class.getName())
                .containsEntry("errors.tolerance", "all")
                .containsEntry("errors.deadletterqueue.topic.name", type.topic() + "-dlq");
        String mapping = config.get("topic." + type.topic() + "." + table.qualifiedName() + ".mapping");
        assertThat(mapping)
                .as("mapping of %s into %s", type.topic(), table.qualifiedName())
                .isNotNull();
        Map<String, String> columnToField = parseMapping(mapping);
        assertThat(columnToField.keySet())
                .as("mapped columns of %s", writers.get(0).name())
                .containsExactlyInAnyOrderElementsOf(table.columnNames());
        columnToField.forEach((column, field) -> assertThat(field).isEqualTo("value." + column));
    }

    @ParameterizedTest
    @MethodSource("connectors")
    void connectorConfigPassesStaticValidation(Connector connector) {
        Map<String, String> config = new LinkedHashMap<>(connector.config());
        config.put("name", connector.name());

        List<String> errors = new ConnectorValidator((props, e) -> {})
                .validate(config).configValues().stream()
                        .filter(v -> !v.errorMessages().isEmpty())
                        .map(ConfigValue::toString)
                        .toList();

        assertThat(errors).isEmpty();
    }

    @Test
    void everyConnectorFileIsNamedAfterItsConnectorAndOneContractEach() throws IOException {
        try (Stream<Path> files = Files.list(CONNECT_DIR)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(
                            connectors().stream().map(c -> c.name() + ".json").toList());
        }
        assertThat(connectors().stream().map(c -> c.config().get("topics")))
                .containsExactlyInAnyOrderElementsOf(
                        RecordTypes.ALL.stream().map(RecordType::topic).toList());
    }

    private static Map<String, String> parseMapping(String mapping) {
        Map<String, String> columnToField = new LinkedHashMap<>();
        for (String entry : mapping.split(",")) {
            String[] parts = entry.split("=", 2);
            assertThat(columnToField.put(parts[0].trim(), parts[1].trim()))
                    .as("column mapped twice: %s", parts[0])
                    .isNull();
        }
        return columnToField;
    }
}
