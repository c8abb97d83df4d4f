package io.kafkapipeline.common.runtime;

import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.config.ConfigDef;
import io.kafkapipeline.common.config.ConfigException;
import io.kafkapipeline.common.config.Env;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The shared body of every producer's {@code main}: docs, config, runtime, run, flush. */
public final class ProducerMain {
    private static final Logger log = LoggerFactory.getLogger(ProducerMain.class);

    public static final int EXIT_CONFIG = 1;

    /** What a producer does once its runtime is up; returns the exit code. */
    @FunctionalInterface
    public interface App {
        int run(ProducerRuntime runtime, Config config) throws InterruptedException;
    }

    private ProducerMain() {}

    public static int run(String component, ConfigDef def, RunOptions options, Env env, App app) {
        if (options.printEnvDocs) {
            System.out.print(def.markdownTable());
            return 0;
        }
        Config config;
        try {
            config = def.parse(env);
        } catch (ConfigException e) {
            log.error("{}: configuration error: {}", component, e.getMessage());
            return EXIT_CONFIG;
        }
        try (ProducerRuntime runtime = ProducerRuntime.start(component, def, config)) {
            return app.run(runtime, config);
        } catch (ConfigException e) {
            log.error("{}: configuration error: {}", component, e.getMessage());
            return EXIT_CONFIG;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
