package io.kafkapipeline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The images of the JVM modules come from one Dockerfile, docker/java-service.Dockerfile, with the module and main
 * class as build args set per service in compose: the table of those services names real modules and main classes,
 * and a service says only what differs from the common part it extends.
 */
class JavaServicesTest {

    private static final Path ROOT = Repo.root();
    static final Path DOCKERFILE = ROOT.resolve("docker/java-service.Dockerfile");
    private static final Path BASE = ROOT.resolve("docker/docker-compose.java-service.yml");

    /** A service built from the one Dockerfile: its target and build args. */
    record JavaService(String name, String file, String target, String module, String mainClass) {}

    /** Every service of the folder compose files built from docker/java-service.Dockerfile. */
    static List<JavaService> table() {
        List<JavaService> table = new ArrayList<>();
        for (Path file : Repo.composeFiles()) {
            if (!Repo.isMainComposeFile(file)) {
                continue;
            }
            Compose compose = Compose.load(file);
            compose.services().forEach((name, service) -> {
                if (DOCKERFILE.equals(Compose.dockerfile(compose, service))) {
                    table.add(new JavaService(
                            name,
                            Repo.relative(file),
                            service.path("build").path("target").asText(""),
                            Compose.buildArg(service, "MODULE"),
                            Compose.buildArg(service, "MAIN_CLASS")));
                }
            });
        }
        return table;
    }

    @Test
    void theJvmModulesShareOneDockerfileAndTheConnectImageHasItsOwn() {
        assertThat(Repo.dockerfiles().stream().map(Repo::relative))
                .as("Dockerfiles of the repository")
                .containsExactlyInAnyOrder("docker/java-service.Dockerfile", "kafka/Dockerfile");
        assertThat(table().stream().map(JavaService::name))
                .as("services built from docker/java-service.Dockerfile")
                .contains(
                        "owm-producer",
                        "faker-producer",
                        "spacex-producer",
                        "social-producer",
                        "weather-consumer",
                        "faker-consumer",
                        "spacex-consumer",
                        "classifier",
                        "data-vis");
    }

    @Test
    void everyServiceNamesAModuleOfTheBuildAndAMainClassOfThatModule() {
        Set<String> modules = reactorModules(ROOT, "");
        List<String> problems = new ArrayList<>();
        Set<String> targets = new LinkedHashSet<>(Dockerfile.parse(DOCKERFILE).stageNames());
        for (JavaService service : table()) {
            String where = service.file() + " " + service.name() + ": ";
            if (!targets.contains(service.target())) {
                problems.add(where + "target '" + service.target() + "' is no stage of " + Repo.relative(DOCKERFILE));
            }
            if (service.module() == null || !modules.contains(service.module())) {
                problems.add(where + "MODULE " + service.module() + " is not a module of the build " + modules);
                continue;
            }
            if (!service.target().equals("service")) {
                assertThat(service.mainClass())
                        .as(where + "MAIN_CLASS of a non-service target")
                        .isNull();
                continue;
            }
            if (service.mainClass() == null) {
                problems.add(where + "no MAIN_CLASS");
                continue;
            }
            Path source = ROOT.resolve(
                    service.module() + "/src/main/java/" + service.mainClass().replace('.', '/') + ".java");
            if (!Files.isRegularFile(source)) {
                problems.add(where + "MAIN_CLASS " + service.mainClass() + " is not in " + service.module() + " ("
                        + Repo.relative(source) + " does not exist)");
            } else if (!Repo.read(source).matches("(?s).*static\\s+void\\s+main\\s*\\(.*")) {
                problems.add(where + "MAIN_CLASS " + service.mainClass() + " has no main method");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theBuildArgsOfComposeAreTheArgsOfTheDockerfile() {
        Dockerfile dockerfile = Dockerfile.parse(DOCKERFILE);
        Set<String> declared = new LinkedHashSet<>();
        dockerfile.all("ARG").forEach(arg -> declared.add(arg.args().get(0).split("=", 2)[0]));
        assertThat(argNames(dockerfile.stage("build")))
                .as("ARGs of the build stage")
                .contains("MODULE");
        assertThat(argNames(dockerfile.stage("service")))
                .as("ARGs of the service stage")
                .contains("MAIN_CLASS");
        for (Path file : Repo.composeFiles()) {
            Compose compose = Compose.load(file);
            compose.services().forEach((name, service) -> {
                if (DOCKERFILE.equals(Compose.dockerfile(compose, service))) {
                    service.path("build")
                            .path("args")
                            .fieldNames()
                            .forEachRemaining(arg -> assertThat(declared)
                                    .as(Repo.relative(file) + " " + name + ": build arg " + arg)
                                    .contains(arg));
                }
            });
        }
    }

    @Test
    void oneBuildStageBuildsEveryModuleTheDataVisImageIncluded() {
        Dockerfile dockerfile = Dockerfile.parse(DOCKERFILE);
        List<String> mavenStages = new ArrayList<>();
        for (String stage : dockerfile.stageNames()) {
            if (dockerfile.stage(stage).stream()
                    .anyMatch(i -> i.keyword().equals("RUN") && i.text().contains("mvn "))) {
                mavenStages.add(stage);
            }
        }
        assertThat(mavenStages).as("stages that run Maven").containsExactly("build");
        for (String target : List.of("service", "data-vis")) {
            assertThat(dockerfile.stage(target))
                    .as("target " + target + " copies the build stage's jars")
                    .anyMatch(i -> i.keyword().equals("COPY") && i.hasFlag("--from=build"));
        }
    }

    @Test
    void aJvmServiceExtendsTheCommonPartAndSaysOnlyWhatDiffers() {
        // A service that serves HTTP (the console) also publishes its port, mounts what it reads and says when it is
        // healthy (it holds no Kafka connection while nobody looks at it).
        Set<String> allowed = Set.of(
                "extends",
                "image",
                "build",
                "environment",
                "secrets",
                "depends_on",
                "command",
                "ports",
                "volumes",
                "healthcheck");
        for (JavaService service : table()) {
            if (!service.target().equals("service")) {
                continue;
            }
            JsonNode raw = Compose.load(ROOT.resolve(service.file())).rawService(service.name());
            assertThat(ROOT.resolve(service.file())
                            .getParent()
                            .resolve(raw.path("extends").path("file").asText())
                            .normalize())
                    .as(service.name() + " extends")
                    .isEqualTo(BASE);
            assertThat(raw.path("extends").path("service").asText()).isEqualTo("java-service");
            assertThat(raw.fieldNames())
                    .toIterable()
                    .as(service.name() + " keys")
                    .isSubsetOf(allowed);
            assertThat(raw.path("build").fieldNames())
                    .toIterable()
                    .as(service.name() + " build")
                    .containsExactly("args");
            assertThat(raw.path("environment").has("KAFKA_BROKER_URL"))
                    .as(service.name() + ": KAFKA_BROKER_URL, which the healthcheck reads")
                    .isTrue();
        }
    }

    private static List<String> argNames(List<Dockerfile.Instruction> stage) {
        return stage.stream()
                .filter(i -> i.keyword().equals("ARG"))
                .map(i -> i.args().get(0).split("=", 2)[0])
                .toList();
    }

    /** The module folders of the Maven build under {@code dir} (relative to the root), nested modules included. */
    private static Set<String> reactorModules(Path root, String dir) {
        Set<String> modules = new LinkedHashSet<>();
        Matcher m = Pattern.compile("<module>([^<]+)</module>")
                .matcher(Repo.read(root.resolve(dir).resolve("pom.xml")));
        while (m.find()) {
            String module =
                    dir.isEmpty() ? m.group(1).strip() : dir + "/" + m.group(1).strip();
            modules.add(module);
            modules.addAll(reactorModules(root, module));
        }
        return modules;
    }

    /** Service name to module, for other tests. */
    static Map<String, JavaService> byName() {
        Map<String, JavaService> byName = new LinkedHashMap<>();
        table().forEach(s -> byName.put(s.name(), s));
        return byName;
    }
}
