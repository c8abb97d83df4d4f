package io.kafkapipeline.stack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A module of the checkout as Maven built it: its jar and {@code target/runtime.classpath} (written by the root pom
 * at {@code package}), the classpath on which {@code ./pipeline} runs the module's main classes.
 */
public record BuiltModule(Path home, String module) {

    public Path target() {
        return home.resolve(module).resolve("target");
    }

    /** The module's main jar (not -sources or -tests), if built. */
    public Optional<Path> jar() {
        if (!Files.isDirectory(target())) {
            return Optional.empty();
        }
        String name = Path.of(module).getFileName().toString();
        try (Stream<Path> files = Files.list(target())) {
            return files.filter(f -> {
                        String n = f.getFileName().toString();
                        return n.startsWith(name + "-")
                                && n.endsWith(".jar")
                                && !n.endsWith("-sources.jar")
                                && !n.endsWith("-tests.jar");
                    })
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public Path runtimeClasspathFile() {
        return target().resolve("runtime.classpath");
    }

    /** Whether the jar and the runtime classpath are there. */
    public boolean isBuilt() {
        return jar().isPresent() && Files.isRegularFile(runtimeClasspathFile());
    }

    /** The jar (or the classes folder) and the recorded runtime classpath, ready for {@code -cp}. */
    public String classpath() {
        String own =
                jar().map(Path::toString).orElse(target().resolve("classes").toString());
        if (!Files.isRegularFile(runtimeClasspathFile())) {
            return own;
        }
        try {
            String deps = Files.readString(runtimeClasspathFile()).strip();
            return deps.isEmpty() ? own : own + File.pathSeparator + deps;
        } catch (IOException e) {
            throw new StackException("Cannot read " + runtimeClasspathFile() + ": " + e.getMessage(), e);
        }
    }
}
