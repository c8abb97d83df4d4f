package io.kafkapipeline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigTransformer;
import org.apache.kafka.common.config.provider.ConfigProvider;
import org.apache.kafka.connect.runtime.distributed.DistributedConfig;
import org.apache.kafka.connect.runtime.isolation.Plugins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Docker Connect worker, checked with Kafka Connect's own classes (the version the image runs): its properties
 * are a valid distributed worker config, and the connector configs the registration job sends get their Cassandra
 * credentials from the worker's environment, and nothing else from it.
 */
class ConnectWorkerConfigTest {

    private static final Path ROOT = Repo.root();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, ConfigProvider> providers = new LinkedHashMap<>();

    @TempDir
    Path pluginPath;

    @AfterEach
    void closeProviders() throws IOException {
        for (ConfigProvider provider : providers.values()) {
            provider.close();
        }
    }

    @Test
    void theWorkerPropertiesAreAValidDistributedWorkerConfig() throws IOException {
        DistributedConfig config = new DistributedConfig(workerProperties());
        assertThat(config.getString("group.id")).isEqualTo("kafkapipeline-connect");
        assertThat(config.getString("plugin.discovery")).isEqualToIgnoringCase("service_load");
        assertThat(config.getList("config.providers")).containsExactly("env", "file");
    }

    @Test
    void registeredConfigsGetTheCassandraCredentialsFromTheWorkerEnvironmentOnly() throws IOException {
        // Surefire gives this JVM CASSANDRA_USERNAME/CASSANDRA_PASSWORD, as compose gives them to the container.
        assertThat(System.getenv("CASSANDRA_PASSWORD"))
                .as("set by deploy/pom.xml")
                .isEqualTo("test-secret");
        Map<String, String> worker = workerProperties();
        DistributedConfig config = new DistributedConfig(worker);
        Plugins plugins = new Plugins(worker);
        for (String name : config.getList("config.providers")) {
            ConfigProvider provider =
                    plugins.newConfigProvider(config, "config.providers." + name, Plugins.ClassLoaderUsage.PLUGINS);
            assertThat(provider).as("config provider " + name).isNotNull();
            providers.put(name, provider);
        }
        ConfigTransformer transformer = new ConfigTransformer(providers);

        Map<String, String> injected = registrationAuthBlock();
        assertThat(injected)
                .containsEntry("auth.provider", "PLAIN")
                .containsEntry("auth.username", "${env:CASSANDRA_USERNAME}")
                .containsEntry("auth.password", "${env:CASSANDRA_PASSWORD}");
        for (Path file : connectorConfigs()) {
            // What register-connectors.sh PUTs: jq '.config + $auth' of the shared file.
            Map<String, String> sent = new LinkedHashMap<>();
            JSON.readTree(file.toFile())
                    .path("config")
                    .properties()
                    .forEach(e -> sent.put(e.getKey(), e.getValue().asText()));
            sent.putAll(injected);
            Map<String, String> resolved = transformer.transform(sent).data();
            assertThat(resolved)
                    .as(file.getFileName() + " as the worker resolves it")
                    .containsEntry("auth.username", "test-user")
                    .containsEntry("auth.password", "test-secret")
                    .containsEntry("contactPoints", "cassandra");
        }
        // The allowlist keeps every other variable of the worker's environment out of connector configs.
        Map<String, String> other = new HashMap<>(Map.of("x", "${env:PATH}"));
        assertThat(transformer.transform(other).data()).containsEntry("x", "${env:PATH}");
    }

    private Map<String, String> workerProperties() throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(Repo.read(ROOT.resolve("kafka/docker/connect-distributed.properties"))));
        Map<String, String> map = new HashMap<>();
        properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
        // The image's plugin folder does not exist here; an empty one keeps plugin discovery local.
        map.put("plugin.path", pluginPath.toString());
        return map;
    }

    /** The JSON object register-connectors.sh merges into every config ({@code auth='...'} in the script). */
    private static Map<String, String> registrationAuthBlock() throws IOException {
        String script = Repo.read(ROOT.resolve("kafka/docker/register-connectors.sh"));
        Matcher m = Pattern.compile("(?m)^auth='(\\{.*})'$").matcher(script);
        assertThat(m.find()).as("auth='{...}' in register-connectors.sh").isTrue();
        Map<String, String> auth = new LinkedHashMap<>();
        JsonNode node = JSON.readTree(m.group(1));
        node.properties().forEach(e -> auth.put(e.getKey(), e.getValue().asText()));
        return auth;
    }

    private static List<Path> connectorConfigs() throws IOException {
        try (var files = Files.list(ROOT.resolve("kafka/connect"))) {
            List<Path> configs =
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertThat(configs).isNotEmpty();
            return configs;
        }
    }
}
