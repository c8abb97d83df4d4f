package io.kafkapipeline.stack.child;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;

/**
 * Entry point of every child JVM of the local stack: {@code ChildMain <parent-pid|0> <main-class> [args...]}.
 *
 * <p>With a parent pid, a daemon thread waits for that process to end and then exits this JVM (running its shutdown
 * hooks, so Kafka and Cassandra stop cleanly), so a test JVM or a foreground {@code ./pipeline up} that is killed
 * never leaves a broker or a database behind. With 0 (detached {@code up -d}) it only starts the main class.
 *
 * <p>Uses the JDK only: it runs on the child's classpath, next to Kafka's or Cassandra's jars.
 */
public final class ChildMain {

    private static final long HALT_AFTER_MS = 30_000;

    private ChildMain() {}

    public static void main(String[] args) throws Throwable {
        if (args.length < 2) {
            System.err.println("usage: ChildMain <parent-pid|0> <main-class> [args...]");
            System.exit(2);
        }
        long parentPid = Long.parseLong(args[0]);
        if (parentPid > 0) {
            watch(parentPid);
        }
        Method main = Class.forName(args[1]).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void watch(long parentPid) {
        Optional<ProcessHandle> parent = ProcessHandle.of(parentPid);
        if (parent.isEmpty()) {
            System.err.println("kafkapipeline: parent process " + parentPid + " is gone; exiting");
            System.exit(1);
        }
        Thread watcher = new Thread(
                () -> {
                    parent.get().onExit().join();
                    System.err.println("kafkapipeline: parent process " + parentPid + " exited; stopping this child");
                    Thread halter = new Thread(
                            () -> {
                                sleep(HALT_AFTER_MS);
                                Runtime.getRuntime().halt(1);
                            },
                            "kafkapipeline-halt");
                    halter.setDaemon(true);
                    halter.start();
                    System.exit(0);
                },
                "kafkapipeline-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
