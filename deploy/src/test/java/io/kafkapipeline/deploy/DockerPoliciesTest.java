package io.kafkapipeline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of the Docker deployment that a careful reading of the images found missing once: built images are
 * never pulled, every service has a memory limit its heap fits in (the total is the one docs/docker.md states),
 * image tags are exact and match the local stack's versions, the data-vis image can draw charts, secrets reach the
 * containers as files only, Connect's image installs nothing on Kafka's and its healthcheck asks {@code GET /health}.
 */
class DockerPoliciesTest {

    private static final Path ROOT = Repo.root();
    private static final Pattern EXACT_TAG = Pattern.compile(".*:v?\\d+\\.\\d+\\.\\d+([_.-].*)?");
    private static final Pattern SECRETISH = Pattern.compile(".*(PASSWORD|TOKEN|API_KEY|SECRET)");
    private static final long MIB = 1024 * 1024;

    /** Every service of the folder compose files, extends resolved, with its file. */
    private static Map<String, Compose> owners() {
        Map<String, Compose> owners = new LinkedHashMap<>();
        for (Path file : Repo.composeFiles()) {
            if (Repo.isMainComposeFile(file) && !file.getParent().equals(ROOT)) {
                Compose compose = Compose.load(file);
                compose.services().keySet().forEach(name -> owners.put(name, compose));
            }
        }
        return owners;
    }

    private static Map<String, JsonNode> services() {
        Map<String, JsonNode> services = new LinkedHashMap<>();
        owners().forEach(
                        (name, compose) -> services.put(name, compose.services().get(name)));
        return services;
    }

    @Test
    void everyServiceThatIsBuiltHereIsNeverPulled() {
        List<String> pulled = new ArrayList<>();
        services().forEach((name, service) -> {
            if (service.has("build")
                    && !"build".equals(service.path("pull_policy").asText())) {
                pulled.add(name + " (pull_policy " + service.path("pull_policy").asText("missing") + ")");
            }
        });
        assertThat(pulled)
                .as("services with a build: that compose would first try to pull under their image name")
                .isEmpty();
    }

    @Test
    void everyServiceHasAMemoryLimitItsHeapFitsInAndDocsStateTheTotal() {
        Map<String, Long> limits = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        services().forEach((name, service) -> {
            String limit = Compose.interpolate(service.path("mem_limit").asText(""), Map.of());
            if (limit.isEmpty()) {
                problems.add(name + " has no mem_limit");
                return;
            }
            long bytes = bytes(limit);
            limits.put(name, bytes);
            Long heap = heap(service, bytes);
            if (heap == null) {
                if (runsAJvm(service)) {
                    problems.add(name + " runs a JVM without a heap setting");
                }
                return;
            }
            long headroom = Math.max(128 * MIB, bytes / 4);
            if (heap > bytes - headroom) {
                problems.add(name + ": heap " + heap / MIB + " MiB leaves less than " + headroom / MIB + " MiB of its "
                        + bytes / MIB + " MiB for the JVM's other memory");
            }
        });
        assertThat(problems).isEmpty();
        long total = limits.values().stream().mapToLong(Long::longValue).sum() / MIB;
        assertThat(Repo.read(ROOT.resolve("docs/docker.md")))
                .as("docs/docker.md states the total of the memory limits " + limits)
                .contains(String.format(Locale.ROOT, "%,d MiB", total));
    }

    @Test
    void imageTagsAreExactVersionsAndTheServersOnesAreTheLocalStacks() {
        List<String> images = new ArrayList<>();
        for (Path file : Repo.dockerfiles()) {
            Dockerfile.parse(file)
                    .all("FROM")
                    .forEach(from -> images.add(from.args().get(0)));
        }
        services().forEach((name, service) -> {
            String image = service.path("image").asText("");
            if (!image.isEmpty() && !service.has("build")) {
                images.add(image);
            }
        });
        assertThat(images)
                .isNotEmpty()
                .allSatisfy(image -> assertThat(image)
                        .as("image tag: an exact version, not a moving one such as 5.0 or 17-jre")
                        .matches(EXACT_TAG));
        String java = Repo.rootPomProperty("release");
        assertThat(images)
                .filteredOn(i -> i.startsWith("cassandra:"))
                .isNotEmpty()
                .allMatch(i -> i.equals("cassandra:" + Repo.rootPomProperty("cassandra.version")));
        assertThat(images)
                .filteredOn(i -> i.startsWith("apache/kafka:"))
                .isNotEmpty()
                .allMatch(i -> i.equals("apache/kafka:" + Repo.rootPomProperty("kafka.version")));
        assertThat(images)
                .filteredOn(i -> i.startsWith("eclipse-temurin:"))
                .isNotEmpty()
                .allMatch(i -> i.startsWith("eclipse-temurin:" + java + "."), "the Java " + java + " of the build");
        assertThat(images)
                .filteredOn(i -> i.startsWith("maven:"))
                .isNotEmpty()
                .allMatch(i -> i.endsWith("-eclipse-temurin-" + java), "the Java " + java + " of the build");
        services().forEach((name, service) -> {
            if (service.has("build")) {
                assertThat(service.path("image").asText())
                        .as(name + ": built here, named kafkapipeline/*")
                        .startsWith("kafkapipeline/");
            }
        });
    }

    @Test
    void everyImageAndContainerRunsAsAnotherUserThanRoot() {
        List<String> problems = new ArrayList<>();
        owners().forEach((name, compose) -> {
            JsonNode service = compose.services().get(name);
            Path dockerfile = Compose.dockerfile(compose, service);
            if (dockerfile != null) {
                Dockerfile parsed = Dockerfile.parse(dockerfile);
                String target = service.path("build").path("target").asText("");
                List<Dockerfile.Instruction> stage = target.isEmpty() ? parsed.finalStage() : parsed.stage(target);
                List<Dockerfile.Instruction> users =
                        stage.stream().filter(i -> i.keyword().equals("USER")).toList();
                String user = users.isEmpty()
                        ? "root"
                        : users.get(users.size() - 1).args().get(0);
                if (user.equals("root") || user.startsWith("0")) {
                    problems.add(name + ": stage " + target + " of " + Repo.relative(dockerfile) + " runs as root");
                }
            }
            String user = Compose.interpolate(service.path("user").asText(""), Map.of());
            if (user.equals("root") || user.startsWith("0:") || user.equals("0")) {
                problems.add(name + ": compose runs it as root");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void theDataVisImageHasWhatJava2dNeedsToDrawCharts() {
        String installs = Dockerfile.parse(JavaServicesTest.DOCKERFILE).stage("data-vis").stream()
                .filter(i -> i.keyword().equals("RUN") && i.text().contains("apt-get install"))
                .map(Dockerfile.Instruction::text)
                .findFirst()
                .orElse("");
        assertThat(installs)
                .as("the data-vis stage installs fontconfig, FreeType and a font (a JDK copied into a slim image has"
                        + " none: XChart fails with UnsatisfiedLinkError libfreetype.so.6)")
                .contains("fontconfig", "libfreetype6")
                .containsPattern("fonts-\\S+");
    }

    @Test
    void secretsReachTheContainersAsFilesOnly() {
        List<String> problems = new ArrayList<>();
        owners().forEach((name, compose) -> {
            JsonNode service = compose.services().get(name);
            List<String> mounted = Compose.secretNames(service);
            service.path("environment").properties().forEach(e -> {
                String variable = e.getKey();
                if (SECRETISH.matcher(variable).matches()) {
                    problems.add(name + ": " + variable + " as an environment variable (docker inspect shows it)");
                }
                if (variable.endsWith("_FILE")
                        && SECRETISH
                                .matcher(variable.replaceFirst("_FILE$", ""))
                                .matches()) {
                    String secret = e.getValue().asText().replaceFirst("^/run/secrets/", "");
                    if (!e.getValue().asText().startsWith("/run/secrets/") || !mounted.contains(secret)) {
                        problems.add(name + ": " + variable + "=" + e.getValue().asText()
                                + " is not a secret the service mounts " + mounted);
                    }
                }
            });
            for (JsonNode secret : service.path("secrets")) {
                String source = secret.isTextual()
                        ? secret.asText()
                        : secret.path("source").asText();
                if (compose.secretSources().getOrDefault(source, "").isEmpty()) {
                    problems.add(name + ": secret " + source + " is not read from a variable of .env in "
                            + Repo.relative(compose.file()));
                }
                if (secret.path("mode").asInt(-1) != 0444) {
                    problems.add(name + ": secret " + source
                            + " without mode 0444 (compose's default for environment secrets was root-only 0400)");
                }
            }
        });
        assertThat(problems).isEmpty();
        assertThat(services().get("connect").path("environment").has("CASSANDRA_USERNAME"))
                .isTrue();
    }

    @Test
    void theConnectImageInstallsNothingOnTheKafkaImage() {
        Dockerfile kafka = Dockerfile.parse(ROOT.resolve("kafka/Dockerfile"));
        List<Dockerfile.Instruction> connect = kafka.stage("connect");
        assertThat(connect.get(0).args().get(0)).startsWith("apache/kafka:");
        assertThat(connect)
                .as("instructions of the connect stage: no RUN, so no package manager of the base image")
                .noneMatch(i -> i.keyword().equals("RUN"));
        assertThat(kafka.stage("register").get(0).args().get(0))
                .as("the registration job's base: one of our choosing")
                .doesNotStartWith("apache/kafka:");
        assertThat(services().get("connect").path("build").path("target").asText())
                .isEqualTo("connect");
        assertThat(services()
                        .get("connect-register")
                        .path("build")
                        .path("target")
                        .asText())
                .isEqualTo("register");
    }

    @Test
    void connectsHealthcheckAsksGetHealthWithBashAlone(@TempDir Path dir) throws IOException {
        List<String> test = new ArrayList<>();
        services().get("connect").path("healthcheck").path("test").forEach(t -> test.add(t.asText()));
        assertThat(test).hasSize(4).startsWith("CMD", "bash", "-c");
        String command = Compose.interpolate(test.get(3), Map.of());
        AtomicReference<String> path = new AtomicReference<>();
        AtomicReference<Integer> status = new AtomicReference<>(200);
        HttpServer worker = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        worker.createContext("/", exchange -> {
            path.set(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            byte[] body = "{\"status\":\"healthy\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        worker.start();
        try {
            String probe = command.replace(
                    "/dev/tcp/127.0.0.1/8083",
                    "/dev/tcp/127.0.0.1/" + worker.getAddress().getPort());
            assertThat(probe).as("the healthcheck's address").isNotEqualTo(command);
            Path script = dir.resolve("healthcheck.sh");
            java.nio.file.Files.writeString(script, probe + "\n");

            ScriptRun.Result healthy = new ScriptRun(dir).run(script);
            status.set(503);
            ScriptRun.Result starting = new ScriptRun(dir).run(script);

            assertThat(path.get()).isEqualTo("GET /health");
            assertThat(healthy.exitCode()).as("200: " + healthy).isZero();
            assertThat(starting.exitCode()).as("503: " + starting).isNotZero();
        } finally {
            worker.stop(0);
        }
    }

    @Test
    void noYoungGenerationSizeUnderG1() {
        assertThat(services().get("cassandra").path("environment").has("HEAP_NEWSIZE"))
                .as("HEAP_NEWSIZE: Cassandra 5.0 runs G1 on JDK 17, where cassandra-env.sh ignores it")
                .isFalse();
        assertThat(Repo.read(ROOT.resolve(".env.example"))).doesNotContain("HEAP_NEWSIZE");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    /** Whether the service's main process is a JVM (then it must have a heap setting). */
    private static boolean runsAJvm(JsonNode service) {
        String image = service.path("image").asText("");
        String target = service.path("build").path("target").asText("");
        return target.equals("service")
                || target.equals("connect")
                || target.equals("data-vis")
                || image.startsWith("apache/kafka:")
                || image.startsWith("kafbat/")
                || (image.startsWith("cassandra:") && !service.has("entrypoint"));
    }

    /** The heap of the service's JVM from its settings, or null without one. */
    private static Long heap(JsonNode service, long limit) {
        JsonNode env = service.path("environment");
        String cassandra = Compose.interpolate(env.path("MAX_HEAP_SIZE").asText(""), Map.of());
        if (!cassandra.isEmpty()) {
            return bytes(cassandra);
        }
        List<String> options = new ArrayList<>();
        for (String variable : List.of("KAFKA_HEAP_OPTS", "JAVA_OPTS", "JAVA_TOOL_OPTIONS")) {
            options.add(env.path(variable).asText(""));
        }
        if ("service".equals(service.path("build").path("target").asText()) && !env.has("JAVA_OPTS")) {
            options.add(imageJavaOpts());
        }
        String joined = String.join(" ", options);
        Matcher xmx = Pattern.compile("-Xmx(\\d+[kKmMgG])").matcher(joined);
        if (xmx.find()) {
            return bytes(xmx.group(1));
        }
        Matcher percentage =
                Pattern.compile("-XX:MaxRAMPercentage=(\\d+(\\.\\d+)?)").matcher(joined);
        if (percentage.find()) {
            return (long) (limit * Double.parseDouble(percentage.group(1)) / 100);
        }
        return null;
    }

    /** JAVA_OPTS of the service stage of docker/java-service.Dockerfile. */
    private static String imageJavaOpts() {
        return Dockerfile.parse(JavaServicesTest.DOCKERFILE).stage("service").stream()
                .filter(i -> i.keyword().equals("ENV"))
                .map(i -> {
                    Matcher m = Pattern.compile("JAVA_OPTS=\"([^\"]*)\"").matcher(i.text());
                    return m.find() ? m.group(1) : "";
                })
                .filter(s -> !s.isEmpty())
                .findFirst()
                .orElseThrow(() -> new AssertionError("the service stage sets no JAVA_OPTS"));
    }

    /** 512m, 1g, 1G, 2048M... in bytes. */
    static long bytes(String size) {
        Matcher m = Pattern.compile("(\\d+)([kKmMgG])[bB]?").matcher(size.strip());
        if (!m.matches()) {
            throw new AssertionError("not a size: " + size);
        }
        long value = Long.parseLong(m.group(1));
        return switch (Character.toLowerCase(m.group(2).charAt(0))) {
            case 'k' -> value * 1024;
            case 'm' -> value * MIB;
            default -> value * 1024 * MIB;
        };
    }
}
