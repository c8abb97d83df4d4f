package io.kafkapipeline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        Compose dataVis = Compose.load(ROOT.resolve("data-vis/docker-compose.yml"));
        JsonNode env = service("data-vis/docker-compose.yml", "data-vis").path("environment");
        assertThat(env.path("JUPYTER_TOKEN_FILE").asText())
                .as("the token: a secret file")
                .isEqualTo("/run/secrets/jupyter_token");
        assertThat(dataVis.secretSources())
                .as("the secret's value: JUPYTER_TOKEN of .env")
                .containsEntry("jupyter_token", "JUPYTER_TOKEN");
        assertThat(Repo.read(ROOT.resolve(".env.example")))
                .as("no default token")
                .containsPattern("(?m)^JUPYTER_TOKEN=CHANGE_ME$");
        String start = Repo.read(ROOT.resolve("data-vis/docker/start-jupyter.sh"));
        assertThat(start).as("start script refuses an empty token").contains("JUPYTER_TOKEN is not set", "exit 64");
        assertThat(start.replaceAll("(?m)^#.*$", ""))
                .as("no switch that turns authentication off")
                .doesNotContainPattern("token=(''|\"\"|\\s)")
                .doesNotContain("disable_check_xsrf", "password=''");
    }

    @Test
    void theConsoleRequiresATokenWithoutDefault() {
        Compose console = Compose.load(ROOT.resolve("console/docker-compose.yml"));
        JsonNode env = service("console/docker-compose.yml", "console").path("environment");
        assertThat(env.path("CONSOLE_TOKEN_FILE").asText())
                .as("the token: a secret file")
                .isEqualTo("/run/secrets/console_token");
        assertThat(console.secretSources())
                .as("the secret's value: CONSOLE_TOKEN of .env")
                .containsEntry("console_token", "CONSOLE_TOKEN");
        assertThat(Repo.read(ROOT.resolve(".env.example")))
                .as("no default token")
                .containsPattern("(?m)^CONSOLE_TOKEN=CHANGE_ME$");
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

    private static JsonNode service(String composeFile, String name) {
        JsonNode service = Compose.load(ROOT.resolve(composeFile)).services().get(name);
        assertThat(service).as(name + " in " + composeFile).isNotNull();
        return service;
    }
}
