package io.kafkapipeline.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a script of the repository in bash, as its container would, with test stubs (src/test/resources/.../stubs)
 * first on the PATH instead of the container's tools. The environment is only what the test gives, a PATH and a
 * HOME: nothing of the test JVM's own environment reaches the script.
 */
final class ScriptRun {

    private static final long TIMEOUT_SECONDS = 60;

    /** Exit code and everything the script wrote to stdout and stderr. */
    record Result(int exitCode, String output) {

        @Override
        public String toString() {
            return "exit " + exitCode + ", output:\n" + output;
        }
    }

    private final Path bin;
    private final Path home;
    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<String> prefix = new ArrayList<>();

    /** Stubs {@code stubs} are copied into {@code dir}/bin; the script's HOME is {@code dir}/home. */
    ScriptRun(Path dir, String... stubs) {
        this.bin = dir.resolve("bin");
        this.home = dir.resolve("home");
        try {
            Files.createDirectories(bin);
            Files.createDirectories(home);
            for (String stub : stubs) {
                try (InputStream in = ScriptRun.class.getResourceAsStream("stubs/" + stub)) {
                    if (in == null) {
                        throw new IllegalArgumentException("no stub " + stub);
                    }
                    Path target = bin.resolve(stub);
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code command} is an executable of the test JVM's PATH. */
    static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null
                && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                        .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    /** Whether the tests run as root (who may write any file, so that permissions need another user to show). */
    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    ScriptRun env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** Runs the script through this command first, e.g. {@code setpriv} to drop root. */
    ScriptRun through(String... command) {
        prefix.addAll(List.of(command));
        return this;
    }

    Result run(Path script, String... args) {
        List<String> command = new ArrayList<>(prefix);
        command.add("bash");
        command.add(script.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().put("PATH", bin + ":/usr/local/bin:/usr/bin:/bin");
        builder.environment().put("HOME", home.toString());
        builder.environment().put("LC_ALL", "C.UTF-8");
        builder.environment().putAll(env);
        try {
            Path log = Files.createTempFile(home, "run", ".log");
            Process process = builder.redirectOutput(log.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError(script + " did not finish within " + TIMEOUT_SECONDS + " s:\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
