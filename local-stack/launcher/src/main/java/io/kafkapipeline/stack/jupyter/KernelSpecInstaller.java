package io.kafkapipeline.stack.jupyter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kafkapipeline.stack.StackException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Installs the Java kernel's kernelspec: a copy of the one the build makes ({@code
 * data-vis/kernel/target/kernelspec/java}: {@code kernel.json} and {@code lib/}) whose {@code kernel.json} starts
 * this machine's JDK by its full path (Jupyter's PATH may lack it) and carries the given environment (e.g.
 * {@code KERNEL_CLASSPATH} with the data-vis library).
 */
public final class KernelSpecInstaller {

    /** The kernelspec name: the notebooks' {@code metadata.kernelspec.name}. */
    public static final String NAME = "java";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private KernelSpecInstaller() {}

    /** The kernelspec the build wrote, or a {@link StackException} saying how to build it. */
    public static Path built(Path home) {
        Path spec = home.resolve("data-vis/kernel/target/kernelspec").resolve(NAME);
        if (!Files.isRegularFile(spec.resolve("kernel.json")) || !Files.isDirectory(spec.resolve("lib"))) {
            throw new StackException(
                    "The Java kernel is not built (" + home.relativize(spec) + " is missing): run ./pipeline build");
        }
        return spec;
    }

    /** The data-vis library and its dependencies, as a classpath entry, or how to build it. */
    public static String dataVisClasspath(Path home) {
        Path lib = home.resolve("data-vis/target/lib");
        if (!Files.isDirectory(lib)) {
            throw new StackException(
                    "data-vis is not built (" + home.relativize(lib) + " is missing): run ./pipeline build");
        }
        return lib.toAbsolutePath() + "/*";
    }

    /**
     * Copies {@code source} to {@code target} (replacing what is there) and rewrites its {@code kernel.json}.
     *
     * @param java the {@code java} executable of a JDK 17+ (JShell needs a JDK)
     * @param env variables added to the kernelspec's {@code env}
     */
    public static Path install(Path source, Path target, Path java, Map<String, String> env) {
        try {
            deleteTree(target);
            copyTree(source, target);
            Path json = target.resolve("kernel.json");
            ObjectNode spec = (ObjectNode) JSON.readTree(json.toFile());
            ArrayNode argv = (ArrayNode) spec.get("argv");
            if (argv == null || argv.isEmpty() || !"java".equals(argv.get(0).asText())) {
                throw new StackException(json + " does not start with \"java\"; rebuild the kernel (./pipeline build)");
            }
            argv.set(0, java.toAbsolutePath().toString());
            ObjectNode vars = spec.has("env") ? (ObjectNode) spec.get("env") : spec.putObject("env");
            env.forEach(vars::put);
            JSON.writeValue(json.toFile(), spec);
            return target;
        } catch (IOException e) {
            throw new StackException("Cannot install the Java kernel into " + target + ": " + e.getMessage(), e);
        }
    }

    /** The java of this JVM ({@code java.home}), which runs the launcher: JDK 17 or newer. */
    public static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** The installed kernel.json, for messages and tests. */
    public static JsonNode read(Path kernelDir) throws IOException {
        return JSON.readTree(kernelDir.resolve("kernel.json").toFile());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
