package io.kafkapipeline.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The ports a running stack was started with ({@code <state>/run/stack.properties}), so that {@code status},
 * {@code cql} and {@code down} find it without the environment it was started in.
 */
public final class StackState {

    private StackState() {}

    static Path file(StackConfig config) {
        return config.stateDir().resolve("run/stack.properties");
    }

    static void write(StackConfig config) {
        Properties p = new Properties();
        config.ports().forEach((k, v) -> p.setProperty(k, Integer.toString(v)));
        p.setProperty(StackConfig.KAFKA_BROKERS.name(), Integer.toString(config.kafkaBrokers()));
        try {
            Files.createDirectories(file(config).getParent());
            try (Writer w = Files.newBufferedWriter(file(config))) {
                p.store(w, "Ports of the running local stack (written by ./pipeline up)");
            }
        } catch (IOException e) {
            throw new StackException("Cannot write " + file(config) + ": " + e.getMessage(), e);
        }
    }

    static void delete(StackConfig config) {
        try {
            Files.deleteIfExists(file(config));
        } catch (IOException e) {
            // harmless: overwritten at the next start
        }
    }

    /** The config with the ports of the running stack, if its state file exists. */
    public static Optional<StackConfig> running(StackConfig config) {
        Path file = file(config);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            return Optional.empty();
        }
        StackConfig.Builder b = config.toBuilder();
        b.kafkaPort(Integer.parseInt(p.getProperty("KAFKA_PORT", Integer.toString(config.kafkaPort()))));
        b.kafkaControllerPort(Integer.parseInt(
                p.getProperty("KAFKA_CONTROLLER_PORT", Integer.toString(config.kafkaControllerPort()))));
        int brokers = Integer.parseInt(p.getProperty("KAFKA_BROKERS", Integer.toString(config.kafkaBrokers())));
        b.kafkaBrokers(brokers);
        if (brokers > 1 && p.containsKey("KAFKA_PORT_2")) {
            List<Integer> extra = new ArrayList<>();
            for (int node = 2; node <= brokers; node++) {
                extra.add(Integer.parseInt(p.getProperty("KAFKA_PORT_" + node)));
                extra.add(Integer.parseInt(p.getProperty("KAFKA_CONTROLLER_PORT_" + node)));
            }
            b.extraKafkaPorts(extra);
        }
        b.connectPort(Integer.parseInt(p.getProperty("CONNECT_PORT", Integer.toString(config.connectPort()))));
        b.cassandraPort(Integer.parseInt(p.getProperty("CASSANDRA_PORT", Integer.toString(config.cassandraPort()))));
        b.cassandraStoragePort(Integer.parseInt(
                p.getProperty("CASSANDRA_STORAGE_PORT", Integer.toString(config.cassandraStoragePort()))));
        return Optional.of(b.build());
    }
}
