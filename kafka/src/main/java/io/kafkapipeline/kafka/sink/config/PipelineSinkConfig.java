package io.kafkapipeline.kafka.sink.config;

import com.datastax.oss.common.sink.config.CassandraSinkConfig;
import io.kafkapipeline.kafka.sink.retry.RetryPolicy;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

/**
 * The keys this plugin adds to DataStax's ({@code kafkapipeline.*}); DataStax's own keys are the engine's
 * {@link CassandraSinkConfig#GLOBAL_CONFIG_DEF} plus its {@code topic.<topic>.<keyspace>.<table>.*} settings.
 * {@code main} prints the documentation of every key.
 */
public final class PipelineSinkConfig {

    public static final String RETRY_BACKOFF_MS_CONFIG = "kafkapipeline.retry.backoff.ms";
    private static final long RETRY_BACKOFF_MS_DEFAULT = 2_000L;
    private static final String RETRY_BACKOFF_MS_DOC = "Wait before retrying a batch when Cassandra is unavailable "
            + "(at task start or mid-stream); doubles with each consecutive failure up to "
            + "kafkapipeline.retry.backoff.max.ms.";

    public static final String RETRY_BACKOFF_MAX_MS_CONFIG = "kafkapipeline.retry.backoff.max.ms";
    private static final long RETRY_BACKOFF_MAX_MS_DEFAULT = 10_000L;
    private static final String RETRY_BACKOFF_MAX_MS_DOC = "Longest wait between retries. Also the driver's "
            + "reconnection max-delay unless datastax-java-driver.advanced.reconnection-policy.max-delay is set.";

    public static final String RETRY_MAX_ATTEMPTS_CONFIG = "kafkapipeline.retry.max.attempts";
    private static final int RETRY_MAX_ATTEMPTS_DEFAULT = -1;
    private static final String RETRY_MAX_ATTEMPTS_DOC = "Consecutive failed attempts while Cassandra is "
            + "unavailable before the task fails; -1 retries forever.";

    public static final String SESSION_RESTART_MS_CONFIG = "kafkapipeline.session.restart.ms";
    private static final long SESSION_RESTART_MS_DEFAULT = 60_000L;
    private static final String SESSION_RESTART_MS_DOC = "When the driver has seen no Cassandra node up for this "
            + "long, the session is closed and built again on the next attempt (e.g. Cassandra came back under a new "
            + "address). 0 rebuilds it at the first failure.";

    public static final String VALIDATE_CASSANDRA_CONFIG = "kafkapipeline.validate.cassandra";
    private static final boolean VALIDATE_CASSANDRA_DEFAULT = true;
    private static final String VALIDATE_CASSANDRA_DOC = "Whether config validation connects to Cassandra to check "
            + "that every mapped keyspace, table and column exists (only when the static checks pass; an unreachable "
            + "Cassandra is logged, not an error).";

    public static final String WRITE_ACROSS_POLLS_CONFIG = "kafkapipeline.write.across.polls";
    private static final boolean WRITE_ACROSS_POLLS_DEFAULT = true;
    private static final String WRITE_ACROSS_POLLS_DOC = "Whether the writes of one poll may still be in flight "
            + "while the worker fetches and hands over the next (up to maxConcurrentRequests requests in flight); "
            + "offsets are committed only up to the first record not yet written or reported. false: put() returns "
            + "only once every write of its poll is answered, as in the DataStax connector (slower; for comparison).";

    public static final String BATCH_ACROSS_PARTITIONS_CONFIG = "kafkapipeline.batch.across.partitions";
    private static final boolean BATCH_ACROSS_PARTITIONS_DEFAULT = false;
    private static final String BATCH_ACROSS_PARTITIONS_DOC = "Whether records of one table with different partition "
            + "keys may share an unlogged batch (up to maxNumberOfRecordsInBatch), as records of one partition key "
            + "always do: fewer requests per row for the worker and a single Cassandra node. Leave it off for a "
            + "cluster of several nodes, where such a batch makes its coordinator forward the writes to the other "
            + "replicas.";

    /** Only this plugin's keys. */
    static final ConfigDef OWN_CONFIG_DEF = new ConfigDef()
            .define(
                    RETRY_BACKOFF_MS_CONFIG,
                    Type.LONG,
                    RETRY_BACKOFF_MS_DEFAULT,
                    Range.atLeast(0),
                    Importance.MEDIUM,
                    RETRY_BACKOFF_MS_DOC)
            .define(
                    RETRY_BACKOFF_MAX_MS_CONFIG,
                    Type.LONG,
                    RETRY_BACKOFF_MAX_MS_DEFAULT,
                    Range.atLeast(0),
                    Importance.LOW,
                    RETRY_BACKOFF_MAX_MS_DOC)
            .define(
                    RETRY_MAX_ATTEMPTS_CONFIG,
                    Type.INT,
                    RETRY_MAX_ATTEMPTS_DEFAULT,
                    Range.atLeast(-1),
                    Importance.LOW,
                    RETRY_MAX_ATTEMPTS_DOC)
            .define(
                    SESSION_RESTART_MS_CONFIG,
                    Type.LONG,
                    SESSION_RESTART_MS_DEFAULT,
                    Range.atLeast(0),
                    Importance.LOW,
                    SESSION_RESTART_MS_DOC)
            .define(
                    VALIDATE_CASSANDRA_CONFIG,
                    Type.BOOLEAN,
                    VALIDATE_CASSANDRA_DEFAULT,
                    Importance.LOW,
                    VALIDATE_CASSANDRA_DOC)
            .define(
                    WRITE_ACROSS_POLLS_CONFIG,
                    Type.BOOLEAN,
                    WRITE_ACROSS_POLLS_DEFAULT,
                    Importance.LOW,
                    WRITE_ACROSS_POLLS_DOC)
            .define(
                    BATCH_ACROSS_PARTITIONS_CONFIG,
                    Type.BOOLEAN,
                    BATCH_ACROSS_PARTITIONS_DEFAULT,
                    Importance.LOW,
                    BATCH_ACROSS_PARTITIONS_DOC);

    /** The connector's whole definition: DataStax's keys, then ours. */
    public static final ConfigDef CONFIG_DEF = withOwnKeys(new ConfigDef(CassandraSinkConfig.GLOBAL_CONFIG_DEF));

    private final RetryPolicy retryPolicy;
    private final long sessionRestartMs;
    private final boolean validateCassandra;
    private final boolean writeAcrossPolls;
    private final boolean batchAcrossPartitions;

    /** @throws org.apache.kafka.common.config.ConfigException naming the key of an invalid value */
    public PipelineSinkConfig(Map<String, String> props) {
        AbstractConfig config = new AbstractConfig(OWN_CONFIG_DEF, props, false);
        this.retryPolicy = new RetryPolicy(
                config.getLong(RETRY_BACKOFF_MS_CONFIG),
                config.getLong(RETRY_BACKOFF_MAX_MS_CONFIG),
                config.getInt(RETRY_MAX_ATTEMPTS_CONFIG));
        this.sessionRestartMs = config.getLong(SESSION_RESTART_MS_CONFIG);
        this.validateCassandra = config.getBoolean(VALIDATE_CASSANDRA_CONFIG);
        this.writeAcrossPolls = config.getBoolean(WRITE_ACROSS_POLLS_CONFIG);
        this.batchAcrossPartitions = config.getBoolean(BATCH_ACROSS_PARTITIONS_CONFIG);
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    public long sessionRestartMs() {
        return sessionRestartMs;
    }

    public boolean validateCassandra() {
        return validateCassandra;
    }

    public boolean writeAcrossPolls() {
        return writeAcrossPolls;
    }

    public boolean batchAcrossPartitions() {
        return batchAcrossPartitions;
    }

    private static ConfigDef withOwnKeys(ConfigDef def) {
        OWN_CONFIG_DEF.configKeys().values().forEach(def::define);
        return def;
    }

    /** Prints the documentation of this plugin's keys (reStructuredText). */
    public static void main(String[] args) {
        System.out.println(OWN_CONFIG_DEF.toRst());
    }
}
