package io.kafkapipeline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Security defaults of the Docker deployment and the local stack: Cassandra asks for a password, Jupyter for a
 * token, and neither Cassandra nor the Connect REST API (which can create connectors, i.e. run plugin code) is
 * reachable from other machines.
 */
class SecurityDefaultsTest {

    private static final Path ROOT = Repo.root();

    @Test
    void cassandraRequiresAPassword() {
        JsonNode cassandra = service("cassandra/docker-compose.yml", "cassandra");
        String opts = cassandra.path("environment").path("JVM_EXTRA_OPTS").asText();
        assertThat(opts)
                .as("cassandra JVM_EXTRA_OPTS")
                .contains(
                        "-Dcassandra.config.allow_system_properties=true",
                        "-Dcassandra.settings.authenticator=PasswordAuthenticator");
        assertThat(opts).doesNotContain("AllowAllAuthenticator");
    }

    @Test
    void jupyterRequiresATokenWithoutDefault() {
        assertTokenIsASecretWithoutDefault("data-vis", "JUPYTER_TOKEN");
        String start = Repo.read(ROOT.resolve("data-vis/docker/start-jupyter.sh"));
        assertThat(start).as("start script refuses an empty token").contains("JUPYTER_TOKEN is not set", "exit 64");
        assertThat(start.replaceAll("(?m)^#.*$", ""))
                .as("no switch that turns authentication off")
                .doesNotContainPattern("token=(''|\"\"|\\s)")
                .doesNotContain("disable_check_xsrf", "password=''");
    }

    @Test
    void theConsoleRequiresATokenWithoutDefault() {
        assertTokenIsASecretWithoutDefault("console", "CONSOLE_TOKEN");
    }

    @Test
    void cassandraAndConnectArePublishedOnLoopbackOnly() {
        List<String> published = new ArrayList<>();
        service("cassandra/docker-compose.yml", "cassandra").path("ports").forEach(p -> published.add(p.asText()));
        service("kafka/docker-compose.yml", "connect").path("ports").forEach(p -> published.add(p.asText()));
        assertThat(published)
                .as("published ports of cassandra and connect")
                .hasSize(2)
                .allSatisfy(p -> assertThat(p).startsWith("127.0.0.1:"));
    }

    @Test
    void theLocalStackListensOnLoopbackOnly() {
        String yaml = Repo.read(
                ROOT.resolve("local-stack/launcher/src/main/resources/io/kafkapipeline/stack/conf/cassandra.yaml"));
        assertThat(yaml)
                .containsPattern("(?m)^listen_address: 127\\.0\\.0\\.1$")
                .containsPattern("(?m)^rpc_address: 127\\.0\\.0\\.1$");
        String broker = Repo.read(
                ROOT.resolve("local-stack/launcher/src/main/java/io/kafkapipeline/stack/node/KafkaBroker.java"));
        assertThat(broker).contains("\"127.0.0.1:\" + port()").doesNotContain("0.0.0.0");
        String worker = Repo.read(
                ROOT.resolve("local-stack/launcher/src/main/java/io/kafkapipeline/stack/node/ConnectWorker.java"));
        assertThat(worker).contains("\"http://127.0.0.1:\" + port").doesNotContain("0.0.0.0");
    }

    /**
     * The service {@code module} of {@code <module>/docker-compose.yml} reads {@code variable} from the secret file
     * {@code /run/secrets/<variable in lower case>}, that secret's value is {@code variable} of .env, and .env.example
     * gives it no usable default.
     */
    private static void assertTokenIsASecretWithoutDefault(String module, String variable) {
        String composeFile = module + "/docker-compose.yml";
        String secret = variable.toLowerCase(Locale.ROOT);
        JsonNode env = service(composeFile, module).path("environment");
        assertThat(env.path(variable + "_FILE").asText())
                .as("the token: a secret file")
                .isEqualTo("/run/secrets/" + secret);
        assertThat(Compose.load(ROOT.resolve(composeFile)).secretSources())
                .as("the secret's value: " + variable + " of .env")
                .containsEntry(secret, variable);
        assertThat(Repo.read(ROOT.resolve(".env.example")))
                .as("no default token")
                .containsPattern("(?m)^" + variable + "=CHANGE_ME$");
    }

    private static JsonNode service(String composeFile, String name) {
        JsonNode service = Compose.load(ROOT.resolve(composeFile)).services().get(name);
        assertThat(service).as(name + " in " + composeFile).isNotNull();
        return service;
    }
}
