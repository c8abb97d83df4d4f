package io.kafkapipeline.kafka.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kafkapipeline.kafka.sink.config.ConnectorValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every connector config in connect/ matches the real connector and maps exactly the columns of its table. */
class ConnectorJsonFilesTest {

    private static final Path CONNECT_DIR = Path.of("connect");
    private static final Path TABLES_CQL = Path.of("..", "cassandra", "schema", "002-tables.cql");
    private static final Pattern CREATE_TABLE =
            Pattern.compile("CREATE TABLE IF NOT EXISTS (\\w+)\\.(\\w+) \\((.*?)\\n\\)", Pattern.DOTALL);

    @ParameterizedTest
    @CsvSource({
        "weathersink.json, weathersink, weather, weatherreport",
        "fakersink.json, fakersink, faker, fakerdata",
        "spacexsink.json, spacexsink, spacex, spacex_launches",
        "twittersink.json, twittersink, twittersink, twitterdata"
    })
    void connectorConfigMapsEveryColumnOfItsTable(String file, String name, String topic, String table)
            throws IOException {
        JsonNode json = new ObjectMapper().readTree(CONNECT_DIR.resolve(file).toFile());
        Map<String, String> config = new LinkedHashMap<>();
        json.get("config")
                .fields()
                .forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));

        assertThat(json.get("name").asText()).isEqualTo(name);
        assertThat(config)
                .containsEntry("connector.class", CassandraSinkConnector.class.getName())
                .containsEntry("topics", topic)
                .containsEntry("errors.tolerance", "all")
                .containsEntry("errors.deadletterqueue.topic.name", topic + "-dlq");
        String mapping = config.get("topic." + topic + ".kafkapipeline." + table + ".mapping");
        assertThat(mapping).as("mapping of %s", file).isNotNull();
        Map<String, String> columnToField = parseMapping(mapping);
        assertThat(columnToField.keySet())
                .as("mapped columns of %s", file)
                .containsExactlyInAnyOrderElementsOf(tableColumns("kafkapipeline", table));
        columnToField.forEach((column, field) -> assertThat(field).isEqualTo("value." + column));
    }

    @ParameterizedTest
    @CsvSource({"weathersink.json", "fakersink.json", "spacexsink.json", "twittersink.json"})
    void connectorConfigPassesStaticValidation(String file) throws IOException {
        JsonNode json = new ObjectMapper().readTree(CONNECT_DIR.resolve(file).toFile());
        Map<String, String> config = new LinkedHashMap<>();
        json.get("config")
                .fields()
                .forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));
        config.put("name", json.get("name").asText());

        List<String> errors = new ConnectorValidator((props, e) -> {})
                .validate(config).configValues().stream()
                        .filter(v -> !v.errorMessages().isEmpty())
                        .map(ConfigValue::toString)
                        .collect(Collectors.toList());

        assertThat(errors).isEmpty();
    }

    @Test
    void everyConnectorFileIsCovered() throws IOException {
        try (Stream<Path> files = Files.list(CONNECT_DIR)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "weathersink.json", "fakersink.json", "spacexsink.json", "twittersink.json");
        }
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

    /** The column names of a table in 002-tables.cql, in declaration order. */
    static Set<String> tableColumns(String keyspace, String table) throws IOException {
        String cql = Files.readString(TABLES_CQL);
        Matcher matcher = CREATE_TABLE.matcher(cql);
        while (matcher.find()) {
            if (matcher.group(1).equals(keyspace) && matcher.group(2).equals(table)) {
                return columns(matcher.group(3));
            }
        }
        throw new AssertionError("No table " + keyspace + "." + table + " in " + TABLES_CQL);
    }

    private static Set<String> columns(String body) {
        Set<String> columns = new LinkedHashSet<>();
        List<String> lines = new ArrayList<>(Arrays.asList(body.split("\n")));
        for (String line : lines) {
            String code = line.replaceAll("--.*", "").trim();
            if (!code.isEmpty() && !code.toUpperCase().startsWith("PRIMARY KEY")) {
                columns.add(code.split("\\s+")[0]);
            }
        }
        return columns;
    }
}
