package io.kafkapipeline.stack;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the root of the kafkapipeline checkout: the nearest folder up from the working directory with {@code pipeline} and {@code pom.xml}. */
public final class PipelineHome {

    private PipelineHome() {}

    public static Path find() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pipeline"))
                    && Files.isRegularFile(dir.resolve("pom.xml"))
                    && Files.isDirectory(dir.resolve("cassandra"))) {
                return dir;
            }
        }
        throw new StackException(
                "Cannot find the kafkapipeline checkout above " + start + "; run from inside it or set PIPELINE_HOME");
    }
}
