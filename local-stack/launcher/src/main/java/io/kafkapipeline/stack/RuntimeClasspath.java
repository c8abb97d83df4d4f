package io.kafkapipeline.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The classpath of a child JVM, as resolved by Maven when the {@code runtime-kafka} / {@code runtime-cassandra}
 * modules were built (absolute paths of the jars in the local Maven repository).
 */
public final class RuntimeClasspath {

    private RuntimeClasspath() {}

    /** The jars of runtime {@code name} ("kafka" or "cassandra"), checked to exist. */
    public static String of(String name) {
        String resource = "/io/kafkapipeline/stack/runtime/" + name + ".classpath";
        try (InputStream in = RuntimeClasspath.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new StackException("The " + name + " runtime classpath is not built (" + resource
                        + " missing); run ./mvnw -DskipTests package");
            }
            String classpath = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            List<String> missing = Arrays.stream(classpath.split(java.io.File.pathSeparator))
                    .filter(p -> !Files.exists(Path.of(p)))
                    .limit(3)
                    .toList();
            if (!missing.isEmpty()) {
                throw new StackException("The " + name + " runtime lists jars that are gone from the Maven repository "
                        + missing + "; rebuild with ./mvnw -DskipTests package");
            }
            return classpath;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where this launcher's own classes live (jar or folder): put on child classpaths for {@code ChildMain}. */
    public static String launcherLocation() {
        try {
            return Path.of(RuntimeClasspath.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot locate the launcher classes", e);
        }
    }
}
