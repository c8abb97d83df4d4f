package io.kafkapipeline.stack.node;

import io.kafkapipeline.stack.BuiltModule;
import io.kafkapipeline.stack.JavaRuntimes;
import io.kafkapipeline.stack.RuntimeClasspath;
import io.kafkapipeline.stack.StackConfig;
import io.kafkapipeline.stack.StackException;
import io.kafkapipeline.stack.process.ChildJvm;
import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A service of the pipeline run from its module's build output (jar + {@code target/runtime.classpath}), such as a
 * producer. It has no port; it counts as ready once it has stayed up for a few seconds (a bad setting makes it
 * exit at once, with the cause in its log).
 */
public final class ServiceNode extends StackNode {

    private static final Duration SETTLE = Duration.ofSeconds(3);

    private final String name;
    private final String module;
    private final String mainClass;
    private final Map<String, String> environment;
    private final StackConfig config;
    private ChildJvm jvm;

    public ServiceNode(StackConfig config, String module, String mainClass, Map<String, String> environment) {
        this(config, module, module, mainClass, environment);
    }

    /** A service with a name of its own (its log, pid file and status row), e.g. a second instance of a module. */
    public ServiceNode(
            StackConfig config, String name, String module, String mainClass, Map<String, String> environment) {
        this.name = name;
        this.config = config;
        this.module = module;
        this.mainClass = mainClass;
        this.environment = environment;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String displayName() {
        return name;
    }

    @Override
    public int port() {
        return 0;
    }

    @Override
    public String portSetting() {
        return "-";
    }

    /** Whether the module's jar and runtime classpath are built. */
    public boolean isBuilt() {
        return built().isBuilt();
    }

    @Override
    public void prepare() {
        if (!isBuilt()) {
            throw new StackException(
                    module + " is not built (" + built().target() + "); run ./mvnw -DskipTests package");
        }
    }

    @Override
    public synchronized ChildJvm jvm() {
        if (jvm == null) {
            String classpath = built().classpath() + File.pathSeparator + RuntimeClasspath.launcherLocation();
            jvm = new ChildJvm(
                    name,
                    JavaRuntimes.current(),
                    classpath,
                    List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC"),
                    mainClass,
                    List.of(),
                    config.stateDir(),
                    environment);
        }
        return jvm;
    }

    @Override
    protected boolean probe() {
        return jvm().startedAt()
                .map(start -> Instant.now().isAfter(start.plus(SETTLE)))
                .orElse(false);
    }

    @Override
    public void stop() {
        jvm().stop(Duration.ofSeconds(20));
    }

    private BuiltModule built() {
        return new BuiltModule(config.home(), module);
    }
}
