package io.kafkapipeline.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Picks the {@code java} executables of the child JVMs. Kafka runs on any JDK 17+, Cassandra 5.0 only on 11 or 17. */
public final class JavaRuntimes {

    private static final Pattern RELEASE_VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)");

    private JavaRuntimes() {}

    /** The java of this JVM. */
    public static Path current() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** The java for Cassandra: the configured JDK, else this JVM if 11/17, else a JDK 17 (or 11) under /usr/lib/jvm. */
    public static Path forCassandra(Path configured) {
        if (configured != null) {
            Path java = configured.resolve("bin/java");
            if (!Files.isExecutable(java)) {
                throw new StackException("CASSANDRA_JAVA_HOME=" + configured + " has no bin/java");
            }
            int major = majorVersion(configured).orElse(-1);
            if (major != 11 && major != 17 && major != -1) {
                throw new StackException("CASSANDRA_JAVA_HOME=" + configured + " is JDK " + major
                        + "; Cassandra 5.0 runs on JDK 11 or 17");
            }
            return java;
        }
        int running = Runtime.version().feature();
        if (running == 11 || running == 17) {
            return current();
        }
        List<Path> candidates = new ArrayList<>();
        try (Stream<Path> jvms = Files.list(Path.of("/usr/lib/jvm"))) {
            jvms.filter(Files::isDirectory).sorted().forEach(candidates::add);
        } catch (IOException e) {
            // no /usr/lib/jvm: fall through to the error
        }
        for (int wanted : new int[] {17, 11}) {
            for (Path home : candidates) {
                if (majorVersion(home).orElse(-1) == wanted && Files.isExecutable(home.resolve("bin/java"))) {
                    return home.resolve("bin/java");
                }
            }
        }
        throw new StackException("Cassandra 5.0 needs JDK 11 or 17, this is JDK " + running
                + " and none was found under /usr/lib/jvm; set CASSANDRA_JAVA_HOME to a JDK 17");
    }

    static Optional<Integer> majorVersion(Path javaHome) {
        Path release = javaHome.resolve("release");
        try {
            Matcher m = RELEASE_VERSION.matcher(Files.readString(release));
            return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
