package io.kafkapipeline.bench.stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a main class of this JVM's classpath in a child JVM and returns its output. */
final class ChildProcess {

    private ChildProcess() {}

    static String run(String mainClass, List<String> jvmOptions, List<String> args, long timeoutSeconds, Path log)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(args);
        Files.createDirectories(log.getParent());
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        // A benchmark stopped with Ctrl-C or SIGTERM leaves no child behind.
        Thread reaper = new Thread(p::destroyForcibly, "child-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(mainClass + " did not finish in " + timeoutSeconds + " s; see " + log);
            }
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(reaper);
            } catch (IllegalStateException e) {
                // shutting down already: the hook runs
            }
        }
        String out = Files.readString(log);
        if (p.exitValue() != 0) {
            throw new IllegalStateException(
                    mainClass + " exited with " + p.exitValue() + ": " + tail(out, 800) + " (log " + log + ")");
        }
        return out;
    }

    static String tail(String s, int chars) {
        return s.length() <= chars ? s : s.substring(s.length() - chars);
    }
}
