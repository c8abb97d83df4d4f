package io.kafkapipeline.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The checkout's files as data: found the way deploy/check finds them, parsed for the tests. */
final class Repo {

    /** Folders never searched: build output, installed tools, local state, git's own folder. */
    private static final Set<String> SKIPPED = Set.of("target", "node_modules", ".git", ".pipeline");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private Repo() {}

    /** The checkout: system property {@code kafkapipeline.root} (set by the pom), else the parent folder. */
    static Path root() {
        String configured = System.getProperty("kafkapipeline.root");
        Path root = (configured == null ? Path.of("..") : Path.of(configured))
                .toAbsolutePath()
                .normalize();
        if (!Files.isRegularFile(root.resolve("pom.xml")) || !Files.isDirectory(root.resolve("deploy"))) {
            throw new IllegalStateException("Not the kafkapipeline checkout: " + root);
        }
        return root;
    }

    /** Every regular file of the checkout whose name passes {@code name}, outside the skipped folders. */
    static List<Path> files(Predicate<String> name) {
        Path root = root();
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root)
                                    && SKIPPED.contains(dir.getFileName().toString())
                            ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && name.test(file.getFileName().toString())) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // vanished meanwhile (another build's temporary file)
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        return files;
    }

    static List<Path> composeFiles() {
        return files(n -> n.matches("(docker-)?compose.*\\.ya?ml"));
    }

    static List<Path> dockerfiles() {
        return files(n -> n.equals("Dockerfile") || n.endsWith(".Dockerfile"));
    }

    /** A folder's docker-compose.stack.yml: the cross-folder start order, merged over its docker-compose.yml. */
    static boolean isStackOverride(Path file) {
        return file.getFileName().toString().equals("docker-compose.stack.yml");
    }

    /** The root docker-compose.yml and every folder's docker-compose.yml (not the .stack.yml overrides). */
    static boolean isMainComposeFile(Path file) {
        return file.getFileName().toString().equals("docker-compose.yml");
    }

    /** A property of the root pom, such as {@code kafka.version}. */
    static String rootPomProperty(String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</" + Pattern.quote(name) + ">")
                .matcher(read(root().resolve("pom.xml")));
        if (!m.find()) {
            throw new IllegalStateException("No <" + name + "> in the root pom.xml");
        }
        return m.group(1).strip();
    }

    static JsonNode yaml(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse " + file, e);
        }
    }

    static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse " + file, e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String relative(Path file) {
        return root().relativize(file.toAbsolutePath().normalize()).toString();
    }
}
