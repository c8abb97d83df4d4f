package io.kafkapipeline.stack.status;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.stack.connect.ConnectRest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Reads every stage of every flow: topic offsets and the sink's consumer group (Kafka admin), connector and task
 * states (Connect REST), and rows (Cassandra). Works against the local stack or any cluster given by addresses.
 * A stage that cannot be read is reported in the flow's problems, never thrown.
 */
public final class PipelineStatus {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,47}");
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private final String bootstrapServers;
    private final ConnectRest connect;
    private final Supplier<CqlSession> cql;
    private final Duration timeout;

    public PipelineStatus(String bootstrapServers, String connectUrl, Supplier<CqlSession> cql) {
        this(bootstrapServers, new ConnectRest(connectUrl, DEFAULT_TIMEOUT.multipliedBy(2)), cql, DEFAULT_TIMEOUT);
    }

    /**
     * Reads the stages through the given clients; a null one is a server known not to answer, whose stages are read
     * as unknown ({@code -1}, {@code UNKNOWN}) without a problem per flow (the caller reports it once). Kafka calls
     * take at most {@code timeout} per request.
     */
    public PipelineStatus(String bootstrapServers, ConnectRest connect, Supplier<CqlSession> cql, Duration timeout) {
        this.bootstrapServers = bootstrapServers;
        this.connect = connect;
        this.cql = cql;
        this.timeout = timeout;
    }

    public List<FlowStatus> read(List<Flow> flows) {
        List<FlowStatus> result = new ArrayList<>();
        try (Admin admin = bootstrapServers == null
                ? null
                : Admin.create(Map.of(
                        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
                        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                                (int) timeout.multipliedBy(2).toMillis()))) {
            CqlSession session = null;
            String cqlProblem = null;
            try {
                session = cql == null ? null : cql.get();
            } catch (RuntimeException e) {
                cqlProblem = "Cassandra: " + firstLine(e);
            }
            for (Flow flow : flows) {
                result.add(read(flow, admin, session, cqlProblem));
            }
        }
        return result;
    }

    private FlowStatus read(Flow flow, Admin admin, CqlSession session, String cqlProblem) {
        List<String> problems = new ArrayList<>();
        long produced = -1;
        long lag = -1;
        long deadLetters = flow.dlqTopic() == null ? 0 : -1;
        if (admin != null) {
            try {
                Map<TopicPartition, Long> end = offsets(admin, flow.topic(), OffsetSpec.latest());
                produced = sum(end) - sum(offsets(admin, flow.topic(), OffsetSpec.earliest()));
                lag = lag(admin, "connect-" + flow.connector(), end);
                if (flow.dlqTopic() != null) {
                    deadLetters = sum(offsets(admin, flow.dlqTopic(), OffsetSpec.latest()))
                            - sum(offsets(admin, flow.dlqTopic(), OffsetSpec.earliest()));
                }
            } catch (Exception e) {
                problems.add("Kafka: " + firstLine(e));
            }
        }
        String state = "UNKNOWN";
        List<String> tasks = new ArrayList<>();
        try {
            JsonNode status = connect == null ? null : connect.status(flow.connector());
            if (status == null) {
                state = connect == null ? "UNKNOWN" : "NOT_REGISTERED";
            } else {
                state = status.path("connector").path("state").asText();
                for (JsonNode task : status.path("tasks")) {
                    tasks.add(
                            task.path("id").asText() + ":" + task.path("state").asText());
                    if (task.has("trace")) {
                        problems.add("task " + task.path("id").asText() + ": "
                                + task.path("trace")
                                        .asText()
                                        .lines()
                                        .findFirst()
                                        .orElse(""));
                    }
                }
            }
        } catch (RuntimeException e) {
            problems.add("Kafka Connect: " + firstLine(e));
        }
        long rows = -1;
        if (session == null) {
            if (cqlProblem != null) {
                problems.add(cqlProblem);
            }
        } else {
            try {
                rows = countRows(session, flow.keyspace(), flow.table());
            } catch (RuntimeException e) {
                problems.add("Cassandra: " + firstLine(e));
            }
        }
        return new FlowStatus(
                flow.connector(),
                flow.topic(),
                produced,
                lag,
                state,
                tasks,
                flow.dlqTopic(),
                deadLetters,
                flow.keyspace() + "." + flow.table(),
                rows,
                problems);
    }

    /** Rows of a table; identifiers come from connector configs and are validated before they reach CQL. */
    static long countRows(CqlSession session, String keyspace, String table) {
        if (!IDENTIFIER.matcher(keyspace).matches()
                || !IDENTIFIER.matcher(table).matches()) {
            throw new IllegalArgumentException("not a CQL identifier: " + keyspace + "." + table);
        }
        return session.execute(SimpleStatement.newInstance("SELECT COUNT(*) FROM " + keyspace + "." + table)
                        .setTimeout(Duration.ofSeconds(60)))
                .one()
                .getLong(0);
    }

    private Map<TopicPartition, Long> offsets(Admin admin, String topic, OffsetSpec spec) throws Exception {
        TopicDescription description;
        try {
            description = admin.describeTopics(Set.of(topic))
                    .allTopicNames()
                    .get(timeout.toSeconds() * 3, TimeUnit.SECONDS)
                    .get(topic);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return Map.of();
            }
            throw e;
        }
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        description.partitions().forEach(p -> request.put(new TopicPartition(topic, p.partition()), spec));
        Map<TopicPartition, Long> offsets = new HashMap<>();
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> e : admin.listOffsets(request)
                .all()
                .get(timeout.toSeconds() * 3, TimeUnit.SECONDS)
                .entrySet()) {
            offsets.put(e.getKey(), e.getValue().offset());
        }
        return offsets;
    }

    private long lag(Admin admin, String group, Map<TopicPartition, Long> end) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get(timeout.toSeconds() * 3, TimeUnit.SECONDS);
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            OffsetAndMetadata done = committed.get(e.getKey());
            lag += e.getValue() - (done == null ? 0 : done.offset());
        }
        return lag;
    }

    private static long sum(Map<TopicPartition, Long> offsets) {
        return offsets.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
