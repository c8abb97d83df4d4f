package io.kafkapipeline.stack.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kafkapipeline.stack.JavaRuntimes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Child JVMs: pid files, attach by marker, stop, and the watchdog that ends a child whose parent died. */
class ChildJvmTest {

    @TempDir
    Path state;

    /** A child main that sleeps until stopped. */
    public static final class Sleeper {
        public static void main(String[] args) throws InterruptedException {
            System.out.println("sleeper up");
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    /** A child main that starts a watched Sleeper grandchild (args: state dir), then sleeps. */
    public static final class Spawner {
        public static void main(String[] args) throws InterruptedException {
            ChildJvm grandchild = child(Path.of(args[0]), "grandchild", Sleeper.class);
            grandchild.start(true);
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    static ChildJvm child(Path state, String name, Class<?> main) {
        return new ChildJvm(
                name,
                JavaRuntimes.current(),
                System.getProperty("java.class.path"),
                List.of("-Xmx32m"),
                main.getName(),
                List.of(state.toString()),
                state,
                Map.of());
    }

    @Test
    void startWritesPidFileAndLogAndStopRemovesIt() {
        ChildJvm jvm = child(state, "sleeper", Sleeper.class);
        jvm.start(true);
        try {
            Path pidFile = state.resolve("run/sleeper.pid");
            assertThat(pidFile).exists();
            await("log line")
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> jvm.tail(5).contains("sleeper up"));
            assertThat(ChildJvm.processesOf(state))
                    .extracting(ProcessHandle::pid)
                    .containsExactly(jvm.pid().orElseThrow());

            ChildJvm reattached = child(state, "sleeper", Sleeper.class);
            assertThat(reattached.attach()).isTrue();
            reattached.stop(Duration.ofSeconds(10));

            assertThat(jvm.isAlive()).isFalse();
            assertThat(pidFile).doesNotExist();
        } finally {
            jvm.kill();
        }
    }

    @Test
    void attachIgnoresAPidThatIsNotOurs() throws Exception {
        Files.createDirectories(state.resolve("run"));
        Files.writeString(
                state.resolve("run/sleeper.pid"),
                Long.toString(ProcessHandle.current().pid()));

        assertThat(child(state, "sleeper", Sleeper.class).attach()).isFalse();
    }

    @Test
    void childExitsWhenItsParentIsKilled() {
        ChildJvm parent = child(state, "spawner", Spawner.class);
        parent.start(true);
        try {
            await("grandchild started")
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> ChildJvm.processesOf(state).size() == 2);

            parent.kill();

            await("grandchild exits after its parent died")
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> ChildJvm.processesOf(state).isEmpty());
        } finally {
            ChildJvm.processesOf(state).forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void tailDropsStackFrames() throws Exception {
        ChildJvm jvm = child(state, "x", Sleeper.class);
        Files.createDirectories(jvm.logFile().getParent());
        Files.writeString(
                jvm.logFile(),
                "line 1\njava.lang.IllegalStateException: boom\n\tat a.B.c(B.java:1)\n\t... 3 more\nlast\n");

        assertThat(jvm.tail(2)).isEqualTo("java.lang.IllegalStateException: boom\nlast");
    }
}
