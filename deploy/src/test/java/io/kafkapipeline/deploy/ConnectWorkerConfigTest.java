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
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigTransformer;
import org.apache.kafka.common.config.provider.ConfigProvider;
import org.apache.kafka.common.config.provider.DirectoryConfigProvider;
import org.apache.kafka.common.config.provider.EnvVarConfigProvider;
import org.apache.kafka.connect.runtime.distributed.DistributedConfig;
import org.apache.kafka.connect.runtime.isolation.Plugins;
import org.apache.kafka.connect.storage.Converter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Docker Connect worker, checked with Kafka Connect's own classes (the version the image runs): its properties
 * are a valid distributed worker config of known keys only, and the connector configs the registration job sends
 * get the Cassandra user name from the worker's environment and the password from the compose secret's file, and
 * nothing else from either.
 */
class ConnectWorkerConfigTest {

    private static final Path ROOT = Repo.root();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, ConfigProvider> providers = new LinkedHashMap<>();

    /** Where compose puts the secrets in a container. */
    private static final String SECRETS = "/run/secrets";

    @TempDir
    Path pluginPath;

    @TempDir
    Path secrets;

    @AfterEach
    void closeProviders() throws IOException {
        for (ConfigProvider provider : providers.values()) {
            provider.close();
        }
    }

    @Test
    void theWorkerPropertiesAreAValidDistributedWorkerConfigOfKnownKeys() throws IOException {
        Map<String, String> worker = workerProperties();
        DistributedConfig config = new DistributedConfig(worker);
        assertThat(config.getString("group.id")).isEqualTo("kafkapipeline-connect");
        assertThat(config.getString("plugin.discovery")).isEqualToIgnoringCase("service_load");
        assertThat(config.getList("config.providers")).containsExactly("dir", "env");
        assertThat(unknownKeys(worker))
                .as("keys of the worker properties Kafka Connect does not know")
                .isEmpty();
    }

    @Test
    void aMisspelledWorkerKeyIsFound() throws IOException {
        Map<String, String> worker = workerProperties();
        worker.put("offset.flush.interval.msec", "5000");
        worker.put("consumer.session.timeout", "10000");

        assertThat(unknownKeys(worker)).containsExactly("consumer.session.timeout", "offset.flush.interval.msec");
    }

    /**
     * Keys Connect would ignore: not a worker setting, not a client setting behind {@code consumer.},
     * {@code producer.} or {@code admin.}, not a setting of the named converters, not a config provider's.
     */
    private static Set<String> unknownKeys(Map<String, String> worker) {
        Set<String> known = new DistributedConfig(worker).values().keySet();
        Set<String> unknown = new TreeSet<>();
        for (String key : worker.keySet()) {
            boolean ok = known.contains(key)
                    || prefixed(key, "consumer.", ConsumerConfig.configNames())
                    || prefixed(key, "producer.", ProducerConfig.configNames())
                    || prefixed(key, "admin.", AdminClientConfig.configNames())
                    || converterSetting(key, "key.converter", worker)
                    || converterSetting(key, "value.converter", worker)
                    || providerSetting(key, worker);
            if (!ok) {
                unknown.add(key);
            }
        }
        return unknown;
    }

    private static boolean prefixed(String key, String prefix, Set<String> names) {
        return key.startsWith(prefix) && names.contains(key.substring(prefix.length()));
    }

    private static boolean converterSetting(String key, String converter, Map<String, String> worker) {
        if (!key.startsWith(converter + ".") || !worker.containsKey(converter)) {
            return false;
        }
        try {
            Object instance = Class.forName(worker.get(converter))
                    .getDeclaredConstructor()
                    .newInstance();
            ConfigDef def = instance instanceof Converter c ? c.config() : null;
            return def != null && def.names().contains(key.substring(converter.length() + 1));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(converter + " " + worker.get(converter) + " cannot be created", e);
        }
    }

    /** {@code config.providers.NAME.class} and {@code config.providers.NAME.param.P} of a known parameter. */
    private static boolean providerSetting(String key, Map<String, String> worker) {
        Matcher m = Pattern.compile("config\\.providers\\.([^.]+)\\.(class|param\\.(.+))")
                .matcher(key);
        if (!m.matches() || !worker.getOrDefault("config.providers", "").contains(m.group(1))) {
            return false;
        }
        if (m.group(3) == null) {
            return true;
        }
        String provider = worker.get("config.providers." + m.group(1) + ".class");
        return Map.of(
                        EnvVarConfigProvider.class.getName(), Set.of(EnvVarConfigProvider.ALLOWLIST_PATTERN_CONFIG),
                        DirectoryConfigProvider.class.getName(), Set.of(DirectoryConfigProvider.ALLOWED_PATHS_CONFIG))
                .getOrDefault(provider, Set.of())
                .contains(m.group(3));
    }

    @Test
    void registeredConfigsGetTheUserFromTheWorkerEnvironmentAndThePasswordFromTheSecretFileOnly() throws IOException {
        // Surefire gives this JVM CASSANDRA_USERNAME, as compose gives it to the container; the password is the
        // file compose writes for the secret (here in a folder of the test, which stands for /run/secrets).
        assertThat(System.getenv("CASSANDRA_USERNAME"))
                .as("set by deploy/pom.xml")
                .isEqualTo("test-user");
        Files.writeString(secrets.resolve("cassandra_password"), "test-secret");
        Map<String, String> worker = workerProperties();
        assertThat(worker.get("config.providers.dir.param.allowed.paths"))
                .as("the dir provider reads the compose secrets folder only")
                .isEqualTo(secrets.toString());
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
                .containsEntry("auth.password", "${dir:" + SECRETS + ":cassandra_password}");
        for (Path file : connectorConfigs()) {
            // What register-connectors.sh PUTs: jq '.config + $auth' of the shared file.
            Map<String, String> sent = new LinkedHashMap<>();
            JSON.readTree(file.toFile())
                    .path("config")
                    .properties()
                    .forEach(e -> sent.put(e.getKey(), e.getValue().asText()));
            injected.forEach((k, v) -> sent.put(k, v.replace(SECRETS, secrets.toString())));
            Map<String, String> resolved = transformer.transform(sent).data();
            assertThat(resolved)
                    .as(file.getFileName() + " as the worker resolves it")
                    .containsEntry("auth.username", "test-user")
                    .containsEntry("auth.password", "test-secret")
                    .containsEntry("contactPoints", "cassandra");
        }
        // The allowlist keeps every other variable of the worker's environment out of connector configs, and the
        // allowed path every other folder of its file system.
        Path elsewhere = Files.createTempDirectory("not-secrets");
        try {
            Files.writeString(elsewhere.resolve("x"), "private");
            Map<String, String> other =
                    new HashMap<>(Map.of("env", "${env:PATH}", "dir", "${dir:" + elsewhere + ":x}"));
            assertThat(transformer.transform(other).data())
                    .containsEntry("env", "${env:PATH}")
                    .containsEntry("dir", "${dir:" + elsewhere + ":x}");
        } finally {
            Files.deleteIfExists(elsewhere.resolve("x"));
            Files.deleteIfExists(elsewhere);
        }
    }

    private Map<String, String> workerProperties() throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(Repo.read(ROOT.resolve("kafka/docker/connect-distributed.properties"))));
        Map<String, String> map = new HashMap<>();
        properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
        // The image's plugin folder does not exist here; an empty one keeps plugin discovery local. The secrets
        // folder of the containers is a folder of the test.
        map.put("plugin.path", pluginPath.toString());
        assertThat(map.get("config.providers.dir.param.allowed.paths")).isEqualTo(SECRETS);
        map.put("config.providers.dir.param.allowed.paths", secrets.toString());
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
