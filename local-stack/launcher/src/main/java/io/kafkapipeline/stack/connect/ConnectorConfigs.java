package io.kafkapipeline.stack.connect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kafkapipeline.stack.StackException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The connector configs of {@code kafka/connect/*.json} ({@code {"name": ..., "config": {...}}}), the only sink
 * configuration of the project: the local stack registers them with its own Cassandra address, Docker as they are.
 */
public final class ConnectorConfigs {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One connector: its name and its config. */
    public record Connector(String name, Map<String, String> config) {}

    private ConnectorConfigs() {}

    /** Every connector of {@code dir}, sorted by file name; empty if the folder does not exist. */
    public static List<Connector> load(Path dir) {
        List<Connector> connectors = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return connectors;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                connectors.add(parse(file));
            }
        } catch (IOException e) {
            throw new StackException("Cannot read connector configs in " + dir + ": " + e.getMessage(), e);
        }
        return connectors;
    }

    static Connector parse(Path file) {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            JsonNode name = root.get("name");
            JsonNode config = root.get("config");
            if (name == null || !name.isTextual() || config == null || !config.isObject()) {
                throw new StackException(file + " must be {\"name\": \"...\", \"config\": {...}}");
            }
            Map<String, String> values = new LinkedHashMap<>();
            config.fields()
                    .forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
            return new Connector(name.asText(), values);
        } catch (IOException e) {
            throw new StackException("Connector config " + file + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    /** The config with the Cassandra address of the local node instead of the Docker one. */
    public static Map<String, String> withCassandra(Map<String, String> config, String host, int port, String localDc) {
        Map<String, String> copy = new LinkedHashMap<>(config);
        copy.put("contactPoints", host);
        copy.put("port", Integer.toString(port));
        copy.put("loadBalancing.localDc", localDc);
        return copy;
    }
}
