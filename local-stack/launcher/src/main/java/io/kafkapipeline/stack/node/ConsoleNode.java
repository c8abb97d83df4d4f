package io.kafkapipeline.stack.node;

import io.kafkapipeline.stack.BuiltModule;
import io.kafkapipeline.stack.JavaRuntimes;
import io.kafkapipeline.stack.RuntimeClasspath;
import io.kafkapipeline.stack.StackConfig;
import io.kafkapipeline.stack.StackException;
import io.kafkapipeline.stack.process.ChildJvm;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The web console (module {@code console/}) as a child JVM of the stack, run from the module's build output like the
 * producers; the launcher does not depend on the module. It reads its own settings ({@code CONSOLE_PORT}, ...) from
 * the environment and the stack's ports from the variables given here, and writes its URL to
 * {@code run/console.url} once it listens: that is when it is ready.
 */
public final class ConsoleNode extends StackNode {

    static final String MODULE = "console";
    static final String MAIN_CLASS = "io.kafkapipeline.console.ConsoleMain";

    /** Heap and code cache sized for a web server with a few clients: about 200 MB resident. */
    private static final List<String> JVM_OPTIONS = List.of(
            "-Xms32m",
            "-Xmx128m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Xss512k",
            "-XX:ReservedCodeCacheSize=48m",
            "-XX:MaxMetaspaceSize=128m");

    private final StackConfig config;
    private ChildJvm jvm;

    public ConsoleNode(StackConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return MODULE;
    }

    @Override
    public String displayName() {
        return "Console";
    }

    /** The port it listens on, once it has said so; 0 before. */
    @Override
    public int port() {
        return url().map(URI::getPort).orElse(0);
    }

    @Override
    public String portSetting() {
        return "CONSOLE_PORT";
    }

    /** The URL the console listens on, once it is ready. */
    public Optional<URI> url() {
        try {
            return Files.exists(readyFile())
                    ? Optional.of(URI.create(Files.readString(readyFile()).strip()))
                    : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the console module is built (jar and runtime classpath). */
    public boolean isBuilt() {
        return module().isBuilt();
    }

    @Override
    public void prepare() {
        try {
            Files.deleteIfExists(readyFile());
        } catch (IOException e) {
            throw new StackException("Cannot delete " + readyFile() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized ChildJvm jvm() {
        if (jvm == null) {
            String classpath = module().classpath() + File.pathSeparator + RuntimeClasspath.launcherLocation();
            jvm = new ChildJvm(
                    MODULE,
                    JavaRuntimes.current(),
                    classpath,
                    JVM_OPTIONS,
                    MAIN_CLASS,
                    List.of("--ready-file", readyFile().toString()),
                    config.stateDir(),
                    environment());
        }
        return jvm;
    }

    /** The stack this console shows, as environment variables (the ports may come from flags, not the shell). */
    private Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        config.ports().forEach((setting, port) -> env.put(setting, Integer.toString(port)));
        env.put(StackConfig.KAFKA_BROKERS.name(), Integer.toString(config.kafkaBrokers()));
        env.put(StackConfig.HOME.name(), config.home().toString());
        env.put(StackConfig.STATE_DIR.name(), config.stateDir().toString());
        env.put(
                StackConfig.CONNECTOR_CONFIG_DIR.name(),
                config.connectorConfigDir().toString());
        return env;
    }

    @Override
    protected boolean probe() {
        return url().isPresent();
    }

    @Override
    public void stop() {
        jvm().stop(Duration.ofSeconds(15));
        try {
            Files.deleteIfExists(readyFile());
        } catch (IOException e) {
            // harmless: deleted at the next start
        }
    }

    private Path readyFile() {
        return config.stateDir().resolve("run").resolve("console.url");
    }

    private BuiltModule module() {
        return new BuiltModule(config.home(), MODULE);
    }
}
