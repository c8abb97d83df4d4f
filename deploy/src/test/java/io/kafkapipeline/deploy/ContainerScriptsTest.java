package io.kafkapipeline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scripts the containers run, run here in bash against stubs of cqlsh, curl, jupyter and java that play the
 * node, the Connect REST API and the servers (src/test/resources/.../stubs): every path a container can take,
 * first start, rerun, a crash between two steps, bad secrets. Needs bash, jq and the usual coreutils.
 */
class ContainerScriptsTest {

    private static final Path ROOT = Repo.root();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void toolsAreInstalled() {
        Map<String, String> packages =
                Map.of("bash", "bash", "jq", "jq", "awk", "mawk", "base64", "coreutils", "setpriv", "util-linux");
        packages.forEach((tool, debianPackage) -> assertThat(ScriptRun.onPath(tool))
                .as(tool + " is not installed (Debian: apt-get install " + debianPackage
                        + "); the container scripts run with it")
                .isTrue());
    }

    /** cassandra/docker/apply-schema.sh against a fake node kept as files (stub cqlsh). */
    @Nested
    class SchemaJob {

        private static final Path SCRIPT = ROOT.resolve("cassandra/docker/apply-schema.sh");

        @TempDir
        Path dir;

        private Path node;
        private Path secret;

        private ScriptRun job(String password) throws IOException {
            node = dir.resolve("node");
            if (!Files.exists(node.resolve("roles"))) {
                Files.createDirectories(node.resolve("roles"));
                role("cassandra", "cassandra", true, true); // a fresh node: the default superuser
            }
            secret = dir.resolve("cassandra_password");
            Files.writeString(secret, password);
            return new ScriptRun(dir, "cqlsh", "sleep")
                    .env("FAKE_CASSANDRA", node.toString())
                    .env("CASSANDRA_HOST", "cassandra")
                    .env("CASSANDRA_USERNAME", "kafkapipeline")
                    .env("CASSANDRA_PASSWORD_FILE", secret.toString())
                    .env("SCHEMA_DIR", ROOT.resolve("cassandra/schema").toString())
                    .env("SCHEMA_WAIT_SECONDS", "0");
        }

        private void role(String name, String password, boolean superuser, boolean login) throws IOException {
            Files.writeString(node.resolve("roles/" + name), password + "\n" + superuser + "\n" + login + "\n");
        }

        /** Password, superuser, login of a role of the fake node. */
        private List<String> roleOf(String name) throws IOException {
            return Files.readAllLines(node.resolve("roles/" + name));
        }

        private List<String> log() throws IOException {
            Path log = node.resolve("log");
            return Files.exists(log) ? Files.readAllLines(log) : List.of();
        }

        @Test
        void firstStartCreatesTheRoleDisablesTheDefaultSuperuserAndAppliesEverySchemaFile() throws IOException {
            ScriptRun.Result run = job("pass'word").run(SCRIPT);

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(roleOf("kafkapipeline")).as("the role of .env").containsExactly("pass'word", "true", "true");
            assertThat(roleOf("cassandra").subList(1, 3))
                    .as("the default superuser: no superuser, no login")
                    .containsExactly("false", "false");
            assertThat(roleOf("cassandra").get(0)).as("its password").isNotEqualTo("cassandra");
            assertThat(log())
                    .as("statements")
                    .contains("kafkapipeline: -f 001-keyspace.cql", "kafkapipeline: -f 002-tables.cql");
            assertThat(run.output())
                    .contains("tables of kafkapipeline: fakerdata spacex_launches twitterdata weatherreport")
                    .doesNotContain("pass'word");
        }

        @Test
        void aRerunTouchesNoRoleAndAppliesTheSchemaAgain() throws IOException {
            assertThat(job("secret-1").run(SCRIPT).exitCode()).isZero();
            int before = log().size();

            ScriptRun.Result rerun = job("secret-1").run(SCRIPT);

            assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
            assertThat(rerun.output())
                    .contains("tables of kafkapipeline: fakerdata spacex_launches twitterdata weatherreport");
            List<String> second = log().subList(before, log().size());
            assertThat(second).noneMatch(l -> l.contains("ROLE")).anyMatch(l -> l.endsWith("-f 002-tables.cql"));
            assertThat(second).noneMatch(l -> l.startsWith("cassandra:"));
        }

        @Test
        void aPasswordChangedInEnvOnlyStopsWithCannotLogInAndTheWayOut() throws IOException {
            assertThat(job("secret-1").run(SCRIPT).exitCode()).isZero();

            ScriptRun.Result changed = job("secret-2").run(SCRIPT);

            assertThat(changed.exitCode()).as(changed.toString()).isEqualTo(1);
            assertThat(changed.output())
                    .contains("Cannot log in to Cassandra at cassandra:9042 as 'kafkapipeline'", "ALTER ROLE")
                    .doesNotContain("secret-2");
            assertThat(roleOf("kafkapipeline").get(0)).isEqualTo("secret-1");
        }

        @Test
        void theEnvExamplePlaceholderIsRefusedBeforeAnyLogin() throws IOException {
            ScriptRun.Result run = job("CHANGE_ME").run(SCRIPT);

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(64);
            assertThat(run.output()).contains("CASSANDRA_PASSWORD is still the placeholder of .env.example");
            assertThat(log()).as("cqlsh calls").isEmpty();
        }

        @Test
        void anEmptySecretIsRefusedAsNotSet() throws IOException {
            ScriptRun job = job("x");
            Files.delete(secret); // compose creates no file for an empty value

            ScriptRun.Result run = job.run(SCRIPT);

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(64);
            assertThat(run.output()).contains("CASSANDRA_PASSWORD is not set: set it in .env");
        }

        @Test
        void aCrashBetweenCreatingTheRoleAndDisablingTheDefaultIsRepairedByTheNextRun() throws IOException {
            ScriptRun job = job("secret-1");
            Files.writeString(node.resolve("crash-after"), "^CREATE ROLE");

            ScriptRun.Result crashed = job.run(SCRIPT);
            assertThat(crashed.exitCode())
                    .as("killed after CREATE ROLE: " + crashed)
                    .isEqualTo(137);
            assertThat(roleOf("cassandra")).as("left behind: the default login").endsWith("true");

            ScriptRun.Result rerun = job("secret-1").run(SCRIPT);

            assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
            assertThat(roleOf("cassandra").subList(1, 3)).containsExactly("false", "false");
            assertThat(rerun.output()).contains("Disabling the default superuser 'cassandra'");
        }

        @Test
        void aCrashAfterDisablingTheDefaultBeforeTheSchemaIsRepairedByTheNextRun() throws IOException {
            ScriptRun job = job("secret-1");
            Files.writeString(node.resolve("crash-after"), "^ALTER ROLE cassandra");

            assertThat(job.run(SCRIPT).exitCode()).isEqualTo(137);
            assertThat(log()).noneMatch(l -> l.contains("-f "));

            ScriptRun.Result rerun = job("secret-1").run(SCRIPT);

            assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
            assertThat(log()).contains("kafkapipeline: -f 002-tables.cql");
        }

        @Test
        void aRoleLeftWithAnotherPasswordGetsThePasswordOfEnvWhileTheDefaultCanStillLogIn() throws IOException {
            ScriptRun job = job("secret-2");
            role("kafkapipeline", "secret-1", true, true);

            ScriptRun.Result run = job.run(SCRIPT);

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(roleOf("kafkapipeline").get(0)).isEqualTo("secret-2");
            assertThat(roleOf("cassandra").get(2)).isEqualTo("false");
        }
    }

    /** kafka/docker/register-connectors.sh against a scripted Connect REST API (stub curl), the real jq. */
    @Nested
    class RegistrationJob {

        private static final Path SCRIPT = ROOT.resolve("kafka/docker/register-connectors.sh");

        @TempDir
        Path dir;

        private Path api;
        private final List<String> connectors = new ArrayList<>();

        /** The job over every connector config of kafka/connect. */
        private ScriptRun job() throws IOException {
            return job(Integer.MAX_VALUE);
        }

        /** The job over the first {@code count} connector configs of kafka/connect (fewer: a faster test). */
        private ScriptRun job(int count) throws IOException {
            api = Files.createDirectories(dir.resolve("connect"));
            Path configs = Files.createDirectories(dir.resolve("configs"));
            try (var files = Files.list(ROOT.resolve("kafka/connect"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json"))
                        .sorted()
                        .limit(count)
                        .toList()) {
                    connectors.add(JSON.readTree(file.toFile()).path("name").asText());
                    Files.copy(file, configs.resolve(file.getFileName()));
                }
            }
            return new ScriptRun(dir, "curl", "sleep")
                    .env("FAKE_CONNECT", api.toString())
                    .env("CONNECT_URL", "http://connect:8083")
                    .env("CONNECTOR_CONFIG_DIR", configs.toString())
                    .env("REGISTER_TIMEOUT_SECONDS", "30");
        }

        /** The n-th answer to {@code method path}. */
        private void answer(String method, String path, int n, int status, String body) throws IOException {
            String key = (method + "_" + path.substring(1)).replaceAll("[^A-Za-z0-9]", "_");
            Path file = api.resolve("responses/" + key + "/" + n);
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.format("%03d%n%s", status, body));
        }

        private static String status(String connector, String task) {
            return "{\"name\":\"x\",\"connector\":{\"state\":\"" + connector + "\"},\"tasks\":[{\"id\":0,\"state\":\""
                    + task + "\"" + (task.equals("FAILED") ? ",\"trace\":\"AllNodesFailedException: cassandra\"" : "")
                    + "}]}";
        }

        private List<String> requests() throws IOException {
            return Files.readAllLines(api.resolve("requests"));
        }

        @Test
        void http400WhileCassandraIsNotReadyThen201RegistersEveryConnectorWithSecretPlaceholders() throws IOException {
            ScriptRun job = job().env("CONNECTOR_CONFIG_OVERRIDES", "{\"tasks.max\":\"2\"}");
            for (String name : connectors) {
                answer("PUT", "/connectors/" + name + "/config", 1, 400, "{\"message\":\"Connector validation\"}");
                answer("PUT", "/connectors/" + name + "/config", 2, 201, "{}");
                answer("GET", "/connectors/" + name + "/status", 1, 200, status("RUNNING", "RUNNING"));
            }

            ScriptRun.Result run = job.run(SCRIPT);

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.output())
                    .contains("Waiting to register", "HTTP 400")
                    .contains("Connectors registered: " + String.join(" ", connectors));
            for (String name : connectors) {
                assertThat(requests())
                        .as("PUTs of " + name)
                        .filteredOn(r -> r.equals("PUT /connectors/" + name + "/config"))
                        .hasSize(2);
            }
            for (int n = 1; n <= requests().size(); n++) {
                if (!requests().get(n - 1).startsWith("PUT")) {
                    continue;
                }
                JsonNode sent = JSON.readTree(api.resolve("bodies/" + n).toFile());
                assertThat(sent.path("auth.password").asText()).isEqualTo("${dir:/run/secrets:cassandra_password}");
                assertThat(sent.path("auth.username").asText()).isEqualTo("${env:CASSANDRA_USERNAME}");
                assertThat(sent.path("contactPoints").asText()).isEqualTo("cassandra");
                assertThat(sent.path("tasks.max").asText()).as("override").isEqualTo("2");
            }
        }

        @Test
        void aFailedTaskIsRestartedUntilItRuns() throws IOException {
            ScriptRun job = job(1);
            for (String name : connectors) {
                answer("PUT", "/connectors/" + name + "/config", 1, 201, "{}");
                answer("GET", "/connectors/" + name + "/status", 1, 200, status("RUNNING", "FAILED"));
                answer("GET", "/connectors/" + name + "/status", 2, 200, status("RUNNING", "RUNNING"));
                answer("POST", "/connectors/" + name + "/restart?includeTasks=true&onlyFailed=true", 1, 202, "{}");
            }

            ScriptRun.Result run = job.run(SCRIPT);

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.output()).contains("FAILED, restarting failed instances: AllNodesFailedException");
            for (String name : connectors) {
                assertThat(requests())
                        .contains("POST /connectors/" + name + "/restart?includeTasks=true&onlyFailed=true");
            }
        }

        @Test
        void aConnectorStillFailedAtTheDeadlineStopsTheJobWithTheWorkersTrace() throws IOException {
            ScriptRun job = job(1).env("REGISTER_TIMEOUT_SECONDS", "0");
            for (String name : connectors) {
                answer("PUT", "/connectors/" + name + "/config", 1, 201, "{}");
                answer("GET", "/connectors/" + name + "/status", 1, 200, status("RUNNING", "FAILED"));
            }

            ScriptRun.Result run = job.run(SCRIPT);

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(run.output()).contains("is not RUNNING within 0s: FAILED", "AllNodesFailedException: cassandra");
        }

        @Test
        void aWorkerThatNeverAcceptsAConfigStopsTheJobWithItsAnswer() throws IOException {
            ScriptRun job = job(1).env("REGISTER_TIMEOUT_SECONDS", "0");
            answer("PUT", "/connectors/" + connectors.get(0) + "/config", 1, 0, "");

            ScriptRun.Result run = job.run(SCRIPT);

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(run.output()).contains("Could not register " + connectors.get(0) + " within 0s: HTTP 000");
        }
    }

    /** data-vis/docker/start-jupyter.sh with a stub jupyter that records how it was started. */
    @Nested
    class Jupyter {

        private static final Path SCRIPT = ROOT.resolve("data-vis/docker/start-jupyter.sh");

        @TempDir
        Path dir;

        private Path notebooks;
        private Path started;

        private ScriptRun jupyter(String token) throws IOException {
            notebooks = Files.createDirectories(dir.resolve("notebooks"));
            started = dir.resolve("jupyter.log");
            Path secret = dir.resolve("jupyter_token");
            Files.writeString(secret, token);
            return new ScriptRun(dir, "jupyter")
                    .env("FAKE_JUPYTER_LOG", started.toString())
                    .env("JUPYTER_TOKEN_FILE", secret.toString())
                    .env("NOTEBOOK_DIR", notebooks.toString())
                    .env("TMPDIR", dir.toString());
        }

        @Test
        void startsJupyterLabWithTheTokenOfTheSecretOnTheNotebooks() throws IOException {
            ScriptRun.Result run = jupyter("t0ken-from-secret").run(SCRIPT);

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(Files.readString(started))
                    .contains("args: lab --no-browser --ip=0.0.0.0 --port=8888 --ServerApp.root_dir=" + notebooks)
                    .contains("JUPYTER_TOKEN=t0ken-from-secret");
        }

        @Test
        void thePlaceholderAndAnEmptyTokenAreRefused() throws IOException {
            ScriptRun.Result placeholder = jupyter("CHANGE_ME").run(SCRIPT);
            ScriptRun.Result empty = jupyter("  ").run(SCRIPT);

            assertThat(placeholder.exitCode()).as(placeholder.toString()).isEqualTo(64);
            assertThat(placeholder.output()).contains("JUPYTER_TOKEN is still the placeholder of .env.example");
            assertThat(empty.exitCode()).as(empty.toString()).isEqualTo(64);
            assertThat(empty.output()).contains("JUPYTER_TOKEN is not set");
            assertThat(started).as("jupyter was not started").doesNotExist();
        }

        @Test
        void notebooksTheUidCannotWriteStopWithTheSettingToChange() throws IOException {
            ScriptRun run = jupyter("t0ken");
            Files.setPosixFilePermissions(notebooks, PosixFilePermissions.fromString("r-xr-xr-x"));
            Path script = SCRIPT;
            if (ScriptRun.isRoot()) { // root writes anywhere: run as nobody, as a container with another uid would
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
                // nobody may not reach the checkout (a clone inside a 0700 mktemp folder): a copy in the test folder
                script = Files.copy(SCRIPT, dir.resolve(SCRIPT.getFileName()));
                run.through("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
            }

            ScriptRun.Result result = run.run(script);

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(65);
            assertThat(result.output()).contains("is not writable for uid", "set JUPYTER_UID and JUPYTER_GID in .env");
            assertThat(started).doesNotExist();
        }

        @Test
        void aUidWithoutAWritableHomeGetsOneInTmp() throws IOException {
            ScriptRun.Result run =
                    jupyter("t0ken").env("HOME", "/nonexistent/home").run(SCRIPT);

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(Files.readString(started)).contains("HOME=" + dir.resolve("jupyter-home"));
        }
    }

    /** docker/java-service.sh, the JVM services' entrypoint, with a stub java. */
    @Nested
    class JavaServiceEntrypoint {

        private static final Path SCRIPT = ROOT.resolve("docker/java-service.sh");

        @TempDir
        Path dir;

        @Test
        void runsTheMainClassOfTheImageWithItsJarsJavaOptsAndArguments() throws IOException {
            Path log = dir.resolve("java.log");
            ScriptRun.Result run = new ScriptRun(dir, "java")
                    .env("FAKE_JAVA_LOG", log.toString())
                    .env("KAFKAPIPELINE_MAIN_CLASS", "io.kafkapipeline.owm.Main")
                    .env("KAFKAPIPELINE_LIB", "/opt/kafkapipeline/lib")
                    .env("JAVA_OPTS", "-XX:MaxRAMPercentage=50 -XX:+ExitOnOutOfMemoryError")
                    .run(SCRIPT, "--once");

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(Files.readAllLines(log))
                    .startsWith(
                            "arg: -XX:MaxRAMPercentage=50",
                            "arg: -XX:+ExitOnOutOfMemoryError",
                            "arg: -cp",
                            "arg: /opt/kafkapipeline/lib/*",
                            "arg: io.kafkapipeline.owm.Main",
                            "arg: --once");
        }

        @Test
        void aSecretLeftEmptyInEnvMeansTheSettingIsUnset() throws IOException {
            Path secrets = Files.createDirectories(dir.resolve("secrets"));
            Files.writeString(secrets.resolve("cassandra_password"), "x");
            Path log = dir.resolve("java.log");
            ScriptRun.Result run = new ScriptRun(dir, "java")
                    .env("FAKE_JAVA_LOG", log.toString())
                    .env("KAFKAPIPELINE_MAIN_CLASS", "io.kafkapipeline.owm.Main")
                    .env("KAFKAPIPELINE_SECRETS_DIR", secrets.toString())
                    .env(
                            "OPENWEATHER_API_KEY_FILE",
                            secrets.resolve("openweather_api_key").toString())
                    .env(
                            "CASSANDRA_PASSWORD_FILE",
                            secrets.resolve("cassandra_password").toString())
                    .env("OTHER_FILE", dir.resolve("elsewhere/missing").toString())
                    .run(SCRIPT);

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.output()).contains("OPENWEATHER_API_KEY is not set (its secret is empty");
            assertThat(Files.readString(log))
                    .doesNotContain("OPENWEATHER_API_KEY_FILE")
                    .contains("CASSANDRA_PASSWORD_FILE=" + secrets.resolve("cassandra_password"))
                    .as("a missing file outside the secrets folder is the service's to report")
                    .contains("OTHER_FILE=");
        }
    }

    /** docker/java-service-health.sh, the JVM services' healthcheck, on a fake /proc. */
    @Nested
    class JavaServiceHealthcheck {

        private static final Path SCRIPT = ROOT.resolve("docker/java-service-health.sh");
        private static final String MAIN = "io.kafkapipeline.consumers.ConsumerMain";
        /** Broker port 9092 is 2384 in hex. */
        private static final String ESTABLISHED_TO_9092 =
                "   0: 0000000000000000FFFF00000B0012AC:A1B2 0000000000000000FFFF00000A0012AC:2384 01 00000000:00000000"
                        + " 00:00000000 00000000  1000        0 4711 1 0000000000000000 20 4 30 10 -1";

        private static final String LISTENING_ON_9092 =
                "   1: 00000000:2384 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 4712 1";
        private static final String CLOSING_TO_9092 =
                "   2: 0B0012AC:A1B4 0A0012AC:2384 06 00000000:00000000 03:00000F6A 00000000     0        0 0 3";

        @TempDir
        Path proc;

        private ScriptRun.Result check(String mainClass, String tcp, String tcp6) throws IOException {
            Files.createDirectories(proc.resolve("1"));
            Files.createDirectories(proc.resolve("net"));
            Files.writeString(proc.resolve("1/cmdline"), "java\0-cp\0/opt/kafkapipeline/lib/*\0" + mainClass + "\0");
            String header = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout"
                    + " inode\n";
            Files.writeString(proc.resolve("net/tcp"), header + tcp + "\n");
            Files.writeString(proc.resolve("net/tcp6"), header + tcp6 + "\n");
            return new ScriptRun(proc.resolve("run"))
                    .env("KAFKAPIPELINE_PROC_DIR", proc.toString())
                    .env("KAFKAPIPELINE_MAIN_CLASS", MAIN)
                    .env("KAFKA_BROKER_URL", "kafka:9092")
                    .run(SCRIPT);
        }

        @Test
        void healthyWhileTheServiceHoldsAConnectionToTheBroker() throws IOException {
            ScriptRun.Result run = check(MAIN, LISTENING_ON_9092, ESTABLISHED_TO_9092);

            assertThat(run.exitCode()).as(run.toString()).isZero();
        }

        @Test
        void unhealthyWithoutAnOpenConnectionToTheBroker() throws IOException {
            ScriptRun.Result run = check(MAIN, LISTENING_ON_9092 + "\n" + CLOSING_TO_9092, "");

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(run.output()).contains(MAIN + " runs (1) but has no open connection to Kafka (kafka:9092)");
        }

        @Test
        void unhealthyWhenNoProcessRunsTheServicesMainClass() throws IOException {
            ScriptRun.Result run = check("io.kafkapipeline.owm.Main", "", ESTABLISHED_TO_9092);

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(run.output()).contains("no process runs " + MAIN);
        }
    }
}
