package io.kafkapipeline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.cassandra.Schema;
import io.kafkapipeline.stack.StackConfig;
import io.kafkapipeline.stack.node.CassandraNode;
import io.kafkapipeline.stack.node.ConnectWorker;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Docker files are right by construction: every file they reference exists, they use the one schema and the
 * one set of connector configs the local stack uses (no second copy anywhere), the Connect worker has the local
 * stack's settings, and every setting is listed in .env.example.
 */
class DockerFilesTest {

    private static final Path ROOT = Repo.root();
    private static final String PROJECT = "kafkapipeline";

    /** Worker settings that name addresses or paths, which differ between the local stack and Docker. */
    private static final Set<String> WORKER_ADDRESS_KEYS = Set.of(
            "bootstrap.servers", "listeners", "rest.advertised.host.name", "rest.advertised.port", "plugin.path");

    private static List<Compose> composeFiles() {
        List<Compose> files = Repo.composeFiles().stream().map(Compose::load).toList();
        assertThat(files).as("compose files").isNotEmpty();
        return files;
    }

    private static Compose rootCompose() {
        return Compose.load(ROOT.resolve("docker-compose.yml"));
    }

    /** Per-folder compose files: every docker-compose.yml except the root one. */
    private static List<Compose> folderComposeFiles() {
        return composeFiles().stream()
                .filter(c -> Repo.isMainComposeFile(c.file()) && !c.dir().equals(ROOT))
                .toList();
    }

    // --- references -----------------------------------------------------------------------------------------

    @Test
    void composeFilesReferenceOnlyExistingFiles() {
        List<String> missing = new ArrayList<>();
        for (Compose compose : composeFiles()) {
            String where = Repo.relative(compose.file());
            compose.includes()
                    .forEach(paths -> paths.stream()
                            .filter(p -> !Files.isRegularFile(p))
                            .forEach(p -> missing.add(where + " include: " + p)));
            compose.services().forEach((name, service) -> {
                Path context = Compose.buildContext(compose, service);
                if (context != null && !Files.isDirectory(context)) {
                    missing.add(where + " " + name + " build context: " + context);
                }
                Path dockerfile = Compose.dockerfile(compose, service);
                if (dockerfile != null && !Files.isRegularFile(dockerfile)) {
                    missing.add(where + " " + name + " dockerfile: " + dockerfile);
                }
                Compose.bindSources(compose, service).stream()
                        .filter(p -> !Files.exists(p))
                        .forEach(p -> missing.add(where + " " + name + " bind mount: " + p));
                Compose.envFiles(compose, service).stream()
                        .filter(p -> !Files.isRegularFile(p))
                        .forEach(p -> missing.add(where + " " + name + " env_file: " + p));
            });
        }
        assertThat(missing).as("paths named by compose files that do not exist").isEmpty();
    }

    @Test
    void dockerfilesCopyOnlyExistingFilesOfTheirBuildContext() {
        Map<Path, Set<Path>> contexts = dockerfileContexts();
        List<String> problems = new ArrayList<>();
        for (Path file : Repo.dockerfiles()) {
            Set<Path> fileContexts = contexts.get(file);
            if (fileContexts == null) {
                problems.add(Repo.relative(file) + " is built by no compose file");
                continue;
            }
            Dockerfile dockerfile = Dockerfile.parse(file);
            for (Path context : fileContexts) {
                for (Dockerfile.Instruction copy : copies(dockerfile)) {
                    List<String> sources = copy.args().subList(0, copy.args().size() - 1);
                    for (String source : sources) {
                        if (source.matches("https?://.*")) {
                            continue;
                        }
                        Path resolved = context.resolve(source).normalize();
                        if (!resolved.startsWith(context) || !Files.exists(resolved)) {
                            problems.add(Repo.relative(file) + ": " + copy.text() + " -> missing " + resolved);
                        } else if (ignoredByDockerignore(ROOT.relativize(resolved))) {
                            problems.add(Repo.relative(file) + ": " + copy.text() + " -> excluded by .dockerignore");
                        }
                    }
                }
            }
        }
        assertThat(problems)
                .as("COPY/ADD sources that are not in the build context")
                .isEmpty();
    }

    @Test
    void everyBuildContextIsTheRepositoryRootWithItsDockerignore() {
        dockerfileContexts()
                .forEach((dockerfile, contexts) -> assertThat(contexts)
                        .as("build contexts of " + Repo.relative(dockerfile))
                        .containsOnly(ROOT));
        List<String> ignored = dockerignore();
        assertThat(ignored)
                .as(".dockerignore: no build output, secrets or local state in the context")
                .contains("**/target/", "**/node_modules/", ".git/", ".pipeline/", ".env");
    }

    // --- one source of truth ----------------------------------------------------------------------------------

    @Test
    void theSchemaJobMountsTheOnlySchemaTheLocalStackApplies() {
        Path schemaDir = ROOT.resolve("cassandra/schema");
        assertThat(Repo.files(n -> n.endsWith(".cql")))
                .as("CQL files of the repository: only cassandra/schema/*.cql, no second copy")
                .allMatch(p -> p.getParent().equals(schemaDir));
        // The job applies the files in name order (cqlsh over a shell glob); the local stack in Schema.FILES order.
        try (var files = Files.list(schemaDir)) {
            assertThat(files.map(p -> p.getFileName().toString())
                            .filter(n -> n.endsWith(".cql"))
                            .sorted())
                    .as("cassandra/schema/*.cql in name order = Schema.FILES")
                    .containsExactlyElementsOf(Schema.FILES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(mountingServices(schemaDir))
                .as("services mounting cassandra/schema")
                .containsExactly("cassandra-schema");
        assertThat(Repo.read(ROOT.resolve("cassandra/docker/apply-schema.sh"))).contains("*.cql");
    }

    @Test
    void theRegistrationJobMountsTheOnlyConnectorConfigsTheLocalStackRegisters() throws Exception {
        Path connectDir = ROOT.resolve("kafka/connect");
        assertThat(StackConfig.builder(ROOT)
                        .build()
                        .connectorConfigDir()
                        .toAbsolutePath()
                        .normalize())
                .as("the local stack's connector folder")
                .isEqualTo(connectDir);
        List<Path> connectorConfigs = new ArrayList<>();
        for (Path json : Repo.files(n -> n.endsWith(".json"))) {
            if (Repo.read(json).contains("\"connector.class\"")) {
                connectorConfigs.add(json);
            }
        }
        assertThat(connectorConfigs)
                .as("connector configs of the repository: only kafka/connect/*.json")
                .isNotEmpty()
                .allMatch(p -> p.getParent().equals(connectDir));
        // The registration job registers them; the console reads them (read-only) for its flows.
        assertThat(mountingServices(connectDir))
                .as("services mounting kafka/connect")
                .containsExactlyInAnyOrder("connect-register", "console");
        for (Path json : connectorConfigs) {
            JsonNode config = Repo.json(json).path("config");
            assertThat(config.path("contactPoints").asText())
                    .as(json + ": Cassandra's compose service")
                    .isEqualTo("cassandra");
            assertThat(config.path("port").asText())
                    .as(json + ": Cassandra's port in the network")
                    .isEqualTo("9042");
        }
    }

    @Test
    void theConnectImageLoadsThePluginFolderTheLocalStackLoads() {
        Path pluginPath =
                StackConfig.builder(ROOT).build().pluginPath().toAbsolutePath().normalize();
        assertThat(pluginPath).isEqualTo(ROOT.resolve("kafka/target/plugin"));
        Dockerfile connect = Dockerfile.parse(ROOT.resolve("kafka/Dockerfile"));
        String pluginCopy = connect.all("COPY").stream()
                .filter(c -> c.hasFlag("--from=build") && c.args().get(0).endsWith("/kafka/target/plugin/"))
                .map(c -> c.args().get(c.args().size() - 1))
                .findFirst()
                .orElseThrow(() -> new AssertionError("kafka/Dockerfile copies no kafka/target/plugin/"));
        Properties worker = properties(ROOT.resolve("kafka/docker/connect-distributed.properties"));
        assertThat(pluginCopy)
                .as("plugin.path of the Docker worker = where the image holds the plugin folder")
                .isEqualTo(worker.getProperty("plugin.path") + "/");
    }

    @Test
    void theDockerWorkerHasTheLocalStackWorkerSettings() throws Exception {
        Map<String, String> local = localWorkerProperties();
        Properties docker = properties(ROOT.resolve("kafka/docker/connect-distributed.properties"));
        Map<String, String> differing = new TreeMap<>();
        local.forEach((key, value) -> {
            if (!WORKER_ADDRESS_KEYS.contains(key) && !value.equals(docker.getProperty(key))) {
                differing.put(key, "local " + value + ", docker " + docker.getProperty(key));
            }
        });
        assertThat(differing)
                .as("worker settings of kafka/docker/connect-distributed.properties that differ from"
                        + " ConnectWorker.workerProperties()")
                .isEmpty();
        Set<String> extra = new TreeSet<>(docker.stringPropertyNames());
        extra.removeAll(local.keySet());
        extra.removeAll(WORKER_ADDRESS_KEYS);
        extra.removeIf(k -> k.startsWith("config.providers"));
        assertThat(extra)
                .as("Docker-only worker settings besides config.providers")
                .isEmpty();
        assertThat(WORKER_ADDRESS_KEYS).allMatch(docker::containsKey);
        assertThat(docker.getProperty("config.providers")).contains("env");
        assertThat(Repo.read(ROOT.resolve("kafka/docker/register-connectors.sh")))
                .contains("${env:CASSANDRA_USERNAME}", "${dir:/run/secrets:cassandra_password}");
    }

    @Test
    void dockerCassandraHasTheLocalStacksCommitLog() {
        String mode = StackConfig.builder(ROOT).build().cassandraCommitlogSync();
        List<String> flags = CassandraNode.commitlogOptions(mode);
        assertThat(flags)
                .as("the local stack's default commit log (%s) is set by flags", mode)
                .isNotEmpty();
        List<String> dockerOpts = List.of(allServices()
                .get("cassandra")
                .path("environment")
                .path("JVM_EXTRA_OPTS")
                .asText()
                .trim()
                .split("\\s+"));
        assertThat(dockerOpts)
                .as(
                        "JVM_EXTRA_OPTS of cassandra/docker-compose.yml: the commit log flags of"
                                + " CassandraNode.commitlogOptions(\"%s\")",
                        mode)
                .containsAll(flags);
        assertThat(dockerOpts.stream()
                        .filter(o -> o.startsWith("-Dcassandra.settings.commitlog"))
                        .toList())
                .as("no other commit log setting")
                .containsExactlyInAnyOrderElementsOf(flags.stream()
                        .filter(o -> o.startsWith("-Dcassandra.settings.commitlog"))
                        .toList());
    }

    // --- compose structure ------------------------------------------------------------------------------------

    @Test
    void theRootFileIncludesEveryFolderFileAndItsStartOrder() {
        Compose root = rootCompose();
        assertThat(root.projectName()).isEqualTo(PROJECT);
        assertThat(root.services())
                .as("the root file defines no service of its own")
                .isEmpty();
        Set<Path> included = new LinkedHashSet<>();
        root.includes().forEach(included::addAll);
        Set<Path> expected = new LinkedHashSet<>();
        folderComposeFiles().forEach(c -> {
            expected.add(c.file());
            Path stack = c.dir().resolve("docker-compose.stack.yml");
            if (Files.exists(stack)) {
                expected.add(stack);
            }
        });
        assertThat(included).as("files included by docker-compose.yml").containsExactlyInAnyOrderElementsOf(expected);
        for (List<Path> entry : root.includes()) {
            assertThat(Repo.isMainComposeFile(entry.get(0)))
                    .as("first file of an include entry " + entry)
                    .isTrue();
        }
    }

    @Test
    void folderFilesAreOneProjectAndStandOnTheirOwn() {
        Map<String, JsonNode> all = allServices();
        for (Compose compose : folderComposeFiles()) {
            assertThat(compose.projectName())
                    .as(Repo.relative(compose.file()) + " name")
                    .isEqualTo(PROJECT);
            Set<String> own = compose.services().keySet();
            compose.services()
                    .forEach((name, service) -> service.path("depends_on")
                            .fieldNames()
                            .forEachRemaining(dep -> assertThat(own)
                                    .as(Repo.relative(compose.file()) + ": " + name + " depends on " + dep
                                            + ", a service of another file (use docker-compose.stack.yml)")
                                    .contains(dep)));
        }
        for (Compose stack : composeFiles()) {
            if (!Repo.isStackOverride(stack.file())) {
                continue;
            }
            Set<String> base = Compose.load(stack.dir().resolve("docker-compose.yml"))
                    .services()
                    .keySet();
            stack.services().forEach((name, service) -> {
                assertThat(base)
                        .as(Repo.relative(stack.file()) + " overrides services of its folder only")
                        .contains(name);
                assertThat(service.fieldNames())
                        .toIterable()
                        .as(Repo.relative(stack.file()) + " " + name)
                        .containsOnly("depends_on");
                service.path("depends_on")
                        .fieldNames()
                        .forEachRemaining(dep ->
                                assertThat(all).as(stack.file() + ": " + dep).containsKey(dep));
            });
        }
    }

    @Test
    void longRunningServicesHaveHealthchecksAndDependentsWaitForThem() {
        Map<String, JsonNode> all = allServices();
        List<String> problems = new ArrayList<>();
        all.forEach((name, service) -> {
            boolean oneShot = "no".equals(service.path("restart").asText());
            if (!oneShot && service.path("healthcheck").path("test").isMissingNode()) {
                problems.add(name + " runs for long but has no healthcheck");
            }
            if (!oneShot && service.path("restart").isMissingNode()) {
                problems.add(name + " has no restart policy (\"no\" for one-shot jobs)");
            }
        });
        for (Compose compose : composeFiles()) {
            compose.services()
                    .forEach((name, service) -> service.path("depends_on")
                            .properties()
                            .forEach(e -> {
                                JsonNode target = all.get(e.getKey());
                                String condition =
                                        e.getValue().path("condition").asText();
                                String expected = target != null
                                                && "no"
                                                        .equals(target.path("restart")
                                                                .asText())
                                        ? "service_completed_successfully"
                                        : "service_healthy";
                                if (!expected.equals(condition)) {
                                    problems.add(name + " -> " + e.getKey() + ": condition " + condition + ", expected "
                                            + expected);
                                }
                            }));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void portsArePublishedOnLoopbackOnly() {
        List<String> ports = new ArrayList<>();
        allServices()
                .forEach((name, service) -> service.path("ports").forEach(p -> ports.add(name + " " + p.asText())));
        assertThat(ports).isNotEmpty().allSatisfy(p -> assertThat(p).matches("\\S+ 127\\.0\\.0\\.1:.+"));
        assertThat(ports)
                .anyMatch(p -> p.endsWith(":8888"))
                .anyMatch(p -> p.equals("console 127.0.0.1:${CONSOLE_PORT:-9000}:9000"))
                .anyMatch(p -> p.contains("${KAFKA_UI_PORT:-9080}:8080"))
                .anyMatch(p -> p.contains("${JUPYTER_PORT:-8888}:8888"));
        assertThat(allServices().get("cassandra").path("container_name").asText())
                .endsWith(":-cassandra}");
    }

    // --- settings -----------------------------------------------------------------------------------------------

    @Test
    void envExampleListsEveryVariableWithTheComposeDefault() {
        Map<String, String> example = envExample();
        Map<String, List<Compose.Variable>> used = new TreeMap<>();
        composeFiles()
                .forEach(c -> c.variables()
                        .forEach(v -> used.computeIfAbsent(v.name(), k -> new ArrayList<>())
                                .add(v)));
        // Secrets read from a variable of .env: required unless empty is a meaning of its own (an external API's
        // credential: none means anonymous, public data or the recordings).
        composeFiles()
                .forEach(c -> c.secretSources().values().stream()
                        .filter(name -> !name.isEmpty())
                        .forEach(name -> used.computeIfAbsent(name, k -> new ArrayList<>())
                                .add(new Compose.Variable(
                                        name, externalApiCredential(name) ? ":-" : ":?", "", c.file()))));
        List<String> problems = new ArrayList<>();
        used.forEach((name, uses) -> {
            if (!example.containsKey(name)) {
                problems.add(name + " (used in " + Repo.relative(uses.get(0).file()) + ") is not in .env.example");
                return;
            }
            String value = example.get(name);
            for (Compose.Variable use : uses) {
                if (use.required()) {
                    if (!value.startsWith("CHANGE_ME")) {
                        problems.add(name + " is required: .env.example must give a CHANGE_ME placeholder");
                    }
                } else if (use.operator().startsWith(":-") && !use.argument().equals(value)) {
                    problems.add(name + ": default " + use.argument() + " in " + Repo.relative(use.file()) + ", "
                            + value + " in .env.example");
                } else if (use.operator().isEmpty()) {
                    problems.add(name + " in " + Repo.relative(use.file()) + " has no default (use ${" + name
                            + ":-...} or ${" + name + ":?...})");
                }
            }
        });
        example.keySet().stream()
                .filter(n -> !used.containsKey(n) && !n.startsWith("COMPOSE_"))
                .forEach(n -> problems.add(n + " is in .env.example but no compose file uses it"));
        example.forEach((name, value) -> {
            if (externalApiCredential(name) && !value.isEmpty()) {
                problems.add(name + " must be empty in .env.example");
            }
        });
        assertThat(problems).isEmpty();
        assertThat(Repo.read(ROOT.resolve(".gitignore")).lines().map(String::strip))
                .as(".gitignore keeps secrets and installed tools out of git")
                .contains(".env", "node_modules/");
    }

    /** An API key of an external API, or the Mastodon token: optional, empty in .env.example. */
    private static boolean externalApiCredential(String name) {
        return name.endsWith("_API_KEY") || name.equals("MASTODON_TOKEN");
    }

    @Test
    void everyClientGetsTheSameCassandraCredentialsThePasswordAsASecretFile() {
        List<String> clients = new ArrayList<>();
        allServices().forEach((name, service) -> {
            JsonNode env = service.path("environment");
            if (env.has("CASSANDRA_USERNAME")) {
                clients.add(name);
                assertThat(env.path("CASSANDRA_USERNAME").asText())
                        .as(name)
                        .isEqualTo("${CASSANDRA_USERNAME:-kafkapipeline}");
                assertThat(Compose.secretNames(service)).as(name + " secrets").contains("cassandra_password");
            }
        });
        assertThat(clients).containsExactlyInAnyOrder("cassandra-schema", "connect", "data-vis", "console");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static Map<String, JsonNode> allServices() {
        Map<String, JsonNode> all = new LinkedHashMap<>();
        for (Compose compose : folderComposeFiles()) {
            compose.services().forEach((name, service) -> {
                JsonNode previous = all.put(name, service);
                assertThat(previous)
                        .as("service " + name + " is defined in two folder files")
                        .isNull();
            });
        }
        return all;
    }

    /** Each Dockerfile and the build contexts compose files build it with. */
    private static Map<Path, Set<Path>> dockerfileContexts() {
        Map<Path, Set<Path>> contexts = new HashMap<>();
        for (Compose compose : composeFiles()) {
            compose.services().values().forEach(service -> {
                Path dockerfile = Compose.dockerfile(compose, service);
                if (dockerfile != null) {
                    contexts.computeIfAbsent(dockerfile, k -> new LinkedHashSet<>())
                            .add(Compose.buildContext(compose, service));
                }
            });
        }
        return contexts;
    }

    private static List<Dockerfile.Instruction> copies(Dockerfile dockerfile) {
        List<Dockerfile.Instruction> copies = new ArrayList<>();
        for (Dockerfile.Instruction i : dockerfile.instructions()) {
            if ((i.keyword().equals("COPY") || i.keyword().equals("ADD")) && !i.hasFlag("--from=")) {
                copies.add(i);
            }
        }
        return copies;
    }

    /** Services whose bind mounts have {@code dir} as their source. */
    private static List<String> mountingServices(Path dir) {
        List<String> services = new ArrayList<>();
        for (Compose compose : composeFiles()) {
            compose.services().forEach((name, service) -> {
                if (Compose.bindSources(compose, service).contains(dir)) {
                    services.add(name);
                }
            });
        }
        return services;
    }

    private static List<String> dockerignore() {
        return Repo.read(ROOT.resolve(".dockerignore"))
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    /** Whether a path of the context is excluded by a folder pattern of .dockerignore (the patterns used here). */
    private static boolean ignoredByDockerignore(Path relative) {
        String path = relative.toString().replace('\\', '/');
        for (String pattern : dockerignore()) {
            String p = pattern.replaceAll("/$", "");
            if (p.startsWith("**/")) {
                String name = p.substring(3);
                if (("/" + path + "/").contains("/" + name + "/")) {
                    return true;
                }
            } else if (path.equals(p) || path.startsWith(p + "/")) {
                return true;
            }
        }
        return false;
    }

    private static Properties properties(Path file) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Repo.read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** {@code ConnectWorker.workerProperties()} of the local stack (package-private: read by reflection). */
    @SuppressWarnings("unchecked")
    private static Map<String, String> localWorkerProperties() throws Exception {
        ConnectWorker worker = new ConnectWorker(StackConfig.builder(ROOT).build(), "127.0.0.1:9092");
        Method method = ConnectWorker.class.getDeclaredMethod("workerProperties");
        method.setAccessible(true);
        return (Map<String, String>) method.invoke(worker);
    }

    /** NAME -> value of .env.example, for {@code NAME=value} and commented {@code # NAME=default} lines. */
    private static Map<String, String> envExample() {
        Pattern line = Pattern.compile("^(?:#\\s*)?([A-Z][A-Z0-9_]*)=(.*)$");
        Map<String, String> values = new LinkedHashMap<>();
        for (String l : Repo.read(ROOT.resolve(".env.example")).lines().toList()) {
            Matcher m = line.matcher(l.strip());
            if (m.matches()) {
                values.put(m.group(1), m.group(2).strip());
            }
        }
        return values;
    }
}
