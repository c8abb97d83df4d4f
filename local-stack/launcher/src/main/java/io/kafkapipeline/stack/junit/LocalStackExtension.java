package io.kafkapipeline.stack.junit;

import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.StackConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives integration tests a running local stack: {@code @ExtendWith(LocalStackExtension.class)} and a
 * {@link LocalStack} parameter on a test, constructor or lifecycle method.
 *
 * <p>The stack is started once per test JVM (one module's failsafe run) on free ports, with its state under
 * {@code target/local-stack-<id>}, and stopped when the run ends. Its children watch the test JVM and exit with it,
 * so even a killed test run leaves no process behind.
 */
public class LocalStackExtension implements ParameterResolver {

    private static final Logger log = LoggerFactory.getLogger(LocalStackExtension.class);
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LocalStackExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(StartedStack.class, k -> StartedStack.start(), StartedStack.class)
                .stack;
    }

    /**
     * A fresh config for a test stack: free ports and a new state folder under {@code target/}. No producers, unless
     * the system property {@code localstack.producers} names some (comma-separated); system properties
     * {@code localstack.producer.env.<NAME>} set environment variables of those producers (e.g. {@code SOURCE=replay});
     * system properties {@code localstack.env.<SETTING>} set stack settings (e.g. {@code KAFKA_BROKERS=3}). No web
     * console, unless the system property {@code localstack.console} is {@code on}.
     */
    public static StackConfig testConfig() {
        Path state = Path.of(
                        "target", "local-stack-" + UUID.randomUUID().toString().substring(0, 8))
                .toAbsolutePath();
        String producers = System.getProperty("localstack.producers", "").strip();
        Map<String, String> producerEnv = new LinkedHashMap<>();
        String prefix = "localstack.producer.env.";
        System.getProperties().stringPropertyNames().stream()
                .filter(n -> n.startsWith(prefix))
                .forEach(n -> producerEnv.put(n.substring(prefix.length()), System.getProperty(n)));
        Map<String, String> env = new LinkedHashMap<>(System.getenv());
        String settings = "localstack.env.";
        System.getProperties().stringPropertyNames().stream()
                .filter(n -> n.startsWith(settings))
                .forEach(n -> env.put(n.substring(settings.length()), System.getProperty(n)));
        return StackConfig.fromEnvironment(env).toBuilder()
                .stateDir(state)
                .freePorts()
                .watchParent(true)
                .producers(producers.isEmpty() ? List.of() : List.of(producers.split("\\s*,\\s*")))
                .console("on".equals(System.getProperty("localstack.console", "off")))
                .producerEnvironment(producerEnv)
                .build();
    }

    /** The started stack, stopped by JUnit when the root context closes. */
    static final class StartedStack implements AutoCloseable {
        final LocalStack stack;

        private StartedStack(LocalStack stack) {
            this.stack = stack;
        }

        static StartedStack start() {
            StackConfig config = testConfig();
            LocalStack stack = new LocalStack(config, msg -> log.info("[local-stack] {}", msg));
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                try {
                                    stack.stop();
                                } catch (RuntimeException e) {
                                    // the children also exit by themselves when this JVM is gone
                                }
                            },
                            "local-stack-stop"));
            stack.start();
            return new StartedStack(stack);
        }

        @Override
        public void close() {
            stack.stop();
        }
    }
}
