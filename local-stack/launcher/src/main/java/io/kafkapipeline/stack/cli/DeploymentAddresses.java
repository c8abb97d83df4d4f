package io.kafkapipeline.stack.cli;

import picocli.CommandLine.Option;

/**
 * The options that point a command at a deployment other than the local stack: its Kafka, Kafka Connect and
 * Cassandra (a picocli mixin of {@code ./pipeline status} and {@code ./pipeline console}). Each is null when not
 * given.
 */
public final class DeploymentAddresses {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "Kafka of another deployment.")
    private String bootstrapServers;

    @Option(names = "--connect-url", paramLabel = "URL", description = "Kafka Connect REST URL of that deployment.")
    private String connectUrl;

    @Option(names = "--cassandra", paramLabel = "HOST:PORT", description = "Cassandra of that deployment.")
    private String cassandra;

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String connectUrl() {
        return connectUrl;
    }

    /** {@code host:port} (the port defaults to 9042 where it is read). */
    public String cassandra() {
        return cassandra;
    }

    /** Whether any address was given. */
    public boolean any() {
        return bootstrapServers != null || connectUrl != null || cassandra != null;
    }
}
