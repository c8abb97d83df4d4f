package io.kafkapipeline.deploy.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import io.kafkapipeline.cassandra.Schema;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.ComposeContainer;

/**
 * The whole Docker deployment, as a user starts it: {@code docker compose up -d} of the root docker-compose.yml
 * (images built from this checkout), then rows in every table of the schema and Jupyter answering with its token.
 *
 * <p>Skipped, with the reason, when no Docker engine (or no {@code docker compose}) is available, and with
 * {@code -Dkafkapipeline.docker.it.skip=true}. The first run builds every image (Maven inside Docker): allow
 * 15-30 min; the images are kept (tag {@code it}) so later runs reuse their layers. Host ports are free ones, the
 * project name is random and the volumes are removed at the end, so a stack the user runs is not touched.
 */
class DockerComposeIT {

    private static final Path ROOT = Path.of(System.getProperty("kafkapipeline.root", ".."))
            .toAbsolutePath()
            .normalize();
    private static final String USERNAME = "kafkapipeline";
    private static final String PASSWORD = "it-" + UUID.randomUUID();
    private static final String TOKEN = "it-" + UUID.randomUUID();

    private static ComposeContainer compose;
    private static final Map<String, String> ENV = new LinkedHashMap<>();

    /** Why the stack is not started here, or null when it is. */
    private static String skipReason;

    @BeforeAll
    static void up() throws Exception {
        skipReason = whyNotRunnable();
        if (skipReason != null) {
            System.out.println("DockerComposeIT skipped: " + skipReason);
            return;
        }
        ENV.put("CASSANDRA_USERNAME", USERNAME);
        ENV.put("CASSANDRA_PASSWORD", PASSWORD);
        ENV.put("JUPYTER_TOKEN", TOKEN);
        ENV.put("CONSOLE_TOKEN", TOKEN);
        ENV.put("OWM_SOURCE", "replay");
        ENV.put("SPACEX_SOURCE", "replay");
        ENV.put("OWM_SLEEP_TIME", "5");
        ENV.put("IMAGE_TAG", "it");
        ENV.put(
                "CASSANDRA_CONTAINER_NAME",
                "kafkapipeline-it-cassandra-" + UUID.randomUUID().toString().substring(0, 8));
        for (String port : new String[] {
            "KAFKA_HOST_PORT",
            "CONNECT_HOST_PORT",
            "CASSANDRA_HOST_PORT",
            "KAFKA_UI_PORT",
            "JUPYTER_PORT",
            "CONSOLE_PORT"
        }) {
            ENV.put(port, Integer.toString(freePort()));
        }
        compose = new ComposeContainer(ROOT.resolve("docker-compose.yml").toFile())
                .withEnv(ENV)
                .withBuild(true)
                .withPull(false) // `up` pulls the public images it lacks; the kafkapipeline/* ones are built
                .withRemoveVolumes(true)
                .withTailChildContainers(true)
                .withStartupTimeout(Duration.ofMinutes(40));
        compose.start();
    }

    @BeforeEach
    void stackIsUp() {
        if (skipReason != null) {
            Assumptions.abort(skipReason);
        }
    }

    @AfterAll
    static void down() {
        if (compose != null) {
            compose.stop();
        }
    }

    @Test
    void rowsArriveInAllThreeTables() {
        int port = Integer.parseInt(ENV.get("CASSANDRA_HOST_PORT"));
        try (CqlSession session = CqlSession.builder()
                .addContactPoint(new InetSocketAddress("127.0.0.1", port))
                .withLocalDatacenter("datacenter1")
                .withAuthCredentials(USERNAME, PASSWORD)
                .build()) {
            for (String table : Schema.tableNames()) {
                await("rows in " + Schema.KEYSPACE + "." + table)
                        .atMost(10, TimeUnit.MINUTES)
                        .pollInterval(5, TimeUnit.SECONDS)
                        .ignoreExceptions()
                        .until(() -> {
                            Row row = session.execute("SELECT count(*) FROM " + Schema.KEYSPACE + "." + table)
                                    .one();
                            return row != null && row.getLong(0) > 0;
                        });
            }
        }
    }

    @Test
    void jupyterAnswersWithTheTokenOnlyAndHasTheJavaKernel() throws Exception {
        String base = "http://127.0.0.1:" + ENV.get("JUPYTER_PORT");
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        await("Jupyter answers")
                .atMost(5, TimeUnit.MINUTES)
                .pollInterval(2, TimeUnit.SECONDS)
                .ignoreExceptions()
                .until(() -> get(http, base + "/api/status?token=" + TOKEN).statusCode() == 200);
        assertThat(get(http, base + "/api/status").statusCode())
                .as("without the token")
                .isEqualTo(403);
        HttpResponse<String> kernels = get(http, base + "/api/kernelspecs?token=" + TOKEN);
        assertThat(kernels.statusCode()).isEqualTo(200);
        assertThat(kernels.body()).as("kernel specs").contains("\"java\"");
    }

    private static String whyNotRunnable() {
        if (Boolean.getBoolean("kafkapipeline.docker.it.skip")) {
            return "-Dkafkapipeline.docker.it.skip=true";
        }
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            return "no Docker engine available (Testcontainers found none), so docker-compose.yml was not started;"
                    + " deploy's unit tests and deploy/check still checked the Docker files";
        }
        if (!composeAvailable()) {
            return "`docker compose` (Compose v2.24+) is not installed, so docker-compose.yml was not started";
        }
        return null;
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean composeAvailable() {
        try {
            Process p = new ProcessBuilder("docker", "compose", "version")
                    .redirectErrorStream(true)
                    .redirectOutput(new File(System.getProperty("java.io.tmpdir"), "docker-compose-version.log"))
                    .start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
