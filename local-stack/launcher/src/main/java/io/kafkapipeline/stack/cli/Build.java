package io.kafkapipeline.stack.cli;

import io.kafkapipeline.stack.BuiltModule;
import io.kafkapipeline.stack.StackException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** Builds the project with the Maven wrapper ({@code ./mvnw -q -B -DskipTests package}), output to the terminal. */
final class Build {

    private Build() {}

    /** Runs the build in {@code home}; a failure is a {@link StackException} that says how to see why. */
    static void run(Path home, PrintStream out) {
        out.println("Building kafkapipeline (./mvnw -DskipTests package; the first build downloads dependencies,"
                + " allow a few minutes)…");
        int code;
        try {
            code = new ProcessBuilder(home.resolve("mvnw").toString(), "-q", "-B", "-DskipTests", "package")
                    .directory(home.toFile())
                    .inheritIO()
                    .start()
                    .waitFor();
        } catch (IOException e) {
            throw new StackException("cannot run " + home.resolve("mvnw") + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("build interrupted", e);
        }
        if (code != 0) {
            throw new StackException("the build failed; run ./mvnw -DskipTests package to see why");
        }
    }

    /** Builds unless every module in {@code modules} has its jar and {@code target/runtime.classpath}. */
    static void ensureBuilt(Path home, List<String> modules, PrintStream out) {
        if (modules.stream().anyMatch(m -> !new BuiltModule(home, m).isBuilt())) {
            run(home, out);
        }
    }
}
