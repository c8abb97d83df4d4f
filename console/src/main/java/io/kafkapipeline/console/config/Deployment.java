package io.kafkapipeline.console.config;

import io.kafkapipeline.common.cassandra.CassandraConfig;
import io.kafkapipeline.common.config.ConfigException;
import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.StackConfig;
import io.kafkapipeline.stack.StackState;
import io.kafkapipeline.stack.connect.ConnectorConfigs;
import io.kafkapipeline.stack.status.Flow;
import io.kafkapipeline.stack.status.ProcessStatus;
import io.kafkapipeline.stack.status.StatusReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The deployment the console shows: Kafka, Kafka Connect, Cassandra and the connector configs that define the flows.
 * Either the local stack of a checkout (then its processes are part of the status, as in {@code ./pipeline status})
 * or any other deployment given by addresses (as in {@code ./pipeline status --bootstrap-servers ...}).
 */
public final class Deployment {

    private final String bootstrapServers;
    private final String connectUrl;
    private final String cassandraHost;
    private final int cassandraPort;
    private final Path connectorConfigDir;
    private final StackConfig localStack;
    private String cassandraUsername;
    private String cassandraPassword;

    private Deployment(
            String bootstrapServers,
            String connectUrl,
            String cassandra,
            Path connectorConfigDir,
            StackConfig localStack) {
        this.bootstrapServers = bootstrapServers;
        this.connectUrl = connectUrl.endsWith("/") ? connectUrl.substring(0, connectUrl.length() - 1) : connectUrl;
        String[] hostPort = cassandra.split(":", 2);
        this.cassandraHost = hostPort[0];
        try {
            this.cassandraPort = hostPort.length > 1 ? Integer.parseInt(hostPort[1]) : 9042;
        } catch (NumberFormatException e) {
            throw new ConfigException("Invalid Cassandra address '" + cassandra + "': expected host:port");
        }
        this.connectorConfigDir = connectorConfigDir;
        this.localStack = localStack;
    }

    /** The local stack of {@code config} (the ports of the running stack when its state file says so). */
    public static Deployment local(StackConfig config) {
        StackConfig running = StackState.running(config).orElse(config);
        LocalStack stack = new LocalStack(running, msg -> {});
        return new Deployment(
                stack.bootstrapServers(),
                stack.connectUrl(),
                "127.0.0.1:" + running.cassandraPort(),
                running.connectorConfigDir(),
                config);
    }

    /**
     * Another deployment; a null address falls back to the local stack's ({@code local}, which may be null only
     * when every address is given).
     */
    public static Deployment remote(
            String bootstrapServers, String connectUrl, String cassandra, Path connectorConfigDir, StackConfig local) {
        Deployment fallback = local == null ? null : local(local);
        if (fallback == null && (bootstrapServers == null || connectUrl == null || cassandra == null)) {
            throw new ConfigException(
                    "Not in a kafkapipeline checkout: give Kafka, Kafka Connect and Cassandra addresses (--bootstrap-servers,"
                            + " --connect-url, --cassandra or CONSOLE_BOOTSTRAP_SERVERS, CONSOLE_CONNECT_URL,"
                            + " CONSOLE_CASSANDRA)");
        }
        return new Deployment(
                bootstrapServers != null ? bootstrapServers : fallback.bootstrapServers,
                connectUrl != null ? connectUrl : fallback.connectUrl,
                cassandra != null ? cassandra : fallback.cassandraHost + ":" + fallback.cassandraPort,
                connectorConfigDir != null
                        ? connectorConfigDir
                        : fallback != null ? fallback.connectorConfigDir : Path.of("kafka/connect"),
                null);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String connectUrl() {
        return connectUrl;
    }

    public String cassandraHost() {
        return cassandraHost;
    }

    public int cassandraPort() {
        return cassandraPort;
    }

    /** The same deployment, with Cassandra credentials (none: no authentication). */
    public Deployment withCassandraLogin(Optional<CassandraConfig.Credentials> login) {
        this.cassandraUsername =
                login.map(CassandraConfig.Credentials::username).orElse(null);
        this.cassandraPassword =
                login.map(CassandraConfig.Credentials::password).orElse(null);
        return this;
    }

    public String cassandraUsername() {
        return cassandraUsername;
    }

    public String cassandraPassword() {
        return cassandraPassword;
    }

    public boolean isLocalStack() {
        return localStack != null;
    }

    /** The flows of the connector configs, read again each time (a new connector file shows at once). */
    public List<Flow> flows() {
        return Flow.of(ConnectorConfigs.load(connectorConfigDir));
    }

    /** The local stack's processes now; none for another deployment. */
    public List<ProcessStatus> processes() {
        if (localStack == null) {
            return List.of();
        }
        StackConfig running = StackState.running(localStack).orElse(localStack);
        return StatusReport.processes(new LocalStack(running, msg -> {}));
    }

    @Override
    public String toString() {
        return "Kafka " + bootstrapServers + ", Kafka Connect " + connectUrl + ", Cassandra " + cassandraHost + ":"
                + cassandraPort + (localStack != null ? " (local stack of " + localStack.stateDir() + ")" : "");
    }
}
