package io.kafkapipeline.stack.status;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.common.contract.StreamApp;
import io.kafkapipeline.stack.connect.ConnectRest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Reads every stage of every flow: topic offsets and the sink's consumer group (Kafka admin), connector and task
 * states (Connect REST), and rows (Cassandra); and a flow's upstream stream application (its input topic, group lag
 * and state, dead letters). Topics written in transactions are counted as a read_committed consumer sees them, and
 * the count is kept between reads of the same instance (see {@link CommittedRecords}). Works
 * against the local stack or any cluster given by addresses. A stage that cannot be read is reported in the flow's
 * problems, never thrown.
 */
public final class PipelineStatus {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,47}");
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private final String bootstrapServers;
    private final ConnectRest connect;
    private final Supplier<CqlSession> cql;
    private final Duration timeout;
    private final CommittedRecords committedRecords = new CommittedRecords();

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
        if (bootstrapServers == null) {
            return read(flows, null);
        }
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                        (int) timeout.multipliedBy(2).toMillis()))) {
            return read(flows, admin);
        }
    }

    /**
     * The same with an admin client the caller keeps open (the console reads status on every page); a null admin is
     * a Kafka known not to answer.
     */
    public List<FlowStatus> read(List<Flow> flows, Admin admin) {
        List<FlowStatus> result = new ArrayList<>();
        CqlSession session = null;
        String cqlProblem = null;
        try {
            session = cql == null ? null : cql.get();
        } catch (RuntimeException e) {
            cqlProblem = "Cassandra: " + firstLine(e);
        }
        if (flows.size() <= 1) {
            for (Flow flow : flows) {
                result.add(read(flow, admin, session, cqlProblem));
            }
            return result;
        }
        // Flows side by side: each is a handful of round trips to Kafka, Connect and Cassandra.
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(flows.size(), 8));
        try {
            CqlSession shared = session;
            String problem = cqlProblem;
            List<CompletableFuture<FlowStatus>> reads = flows.stream()
                    .map(flow -> CompletableFuture.supplyAsync(() -> read(flow, admin, shared, problem), pool))
                    .toList();
            reads.forEach(r -> result.add(r.join()));
        } finally {
            pool.shutdown();
        }
        return result;
    }

    private FlowStatus read(Flow flow, Admin admin, CqlSession session, String cqlProblem) {
        List<String> problems = new ArrayList<>();
        long produced = -1;
        long lag = -1;
        long deadLetters = flow.dlqTopic() == null ? 0 : -1;
        SinkOffsets offsets = admin == null ? null : readOffsets(flow, admin, problems);
        if (offsets != null) {
            produced = offsets.produced();
            lag = offsets.lag();
            deadLetters = offsets.deadLetters();
        }
        StageStatus upstream = null;
        if (flow.upstream() != null) {
            // The application writes the flow's topic and its dead letters in transactions, so their offsets count
            // commit markers too (and a sink's committed offset stops before a trailing marker): count records.
            String dlq = flow.upstream().dlqTopic();
            Map<String, CommittedRecords.Count> counted = offsets == null
                    ? Map.of()
                    : committedRecords(admin, List.of(flow.topic(), dlq), offsets.committed(), problems);
            CommittedRecords.Count records = counted.get(flow.topic());
            produced = records == null ? -1 : records.records();
            lag = records == null ? -1 : records.pastMarks();
            CommittedRecords.Count letters = counted.get(dlq);
            upstream = readUpstream(flow.upstream(), admin, letters == null ? -1 : letters.records(), problems);
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
                problems,
                upstream);
    }

    /**
     * The stream application that writes a flow's topic: records of its input topic, its group's lag and state, with
     * its dead letters as counted by the caller. Unknown values are -1.
     */
    private StageStatus readUpstream(StreamApp app, Admin admin, long deadLetters, List<String> problems) {
        long produced = -1;
        long lag = -1;
        String state = "UNKNOWN";
        if (admin != null) {
            try {
                long wait = timeout.multipliedBy(3).toMillis();
                List<TopicPartition> partitions = partitions(admin, List.of(app.inputTopic()), wait);
                KafkaFuture<Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo>> latest =
                        admin.listOffsets(spec(partitions, OffsetSpec.latest())).all();
                KafkaFuture<Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo>> earliest = admin.listOffsets(
                                spec(partitions, OffsetSpec.earliest()))
                        .all();
                KafkaFuture<Map<TopicPartition, OffsetAndMetadata>> committed =
                        admin.listConsumerGroupOffsets(app.applicationId()).partitionsToOffsetAndMetadata();
                KafkaFuture<ConsumerGroupDescription> group = admin.describeConsumerGroups(List.of(app.applicationId()))
                        .describedGroups()
                        .get(app.applicationId());
                Map<TopicPartition, Long> end = offsets(latest.get(wait, TimeUnit.MILLISECONDS), app.inputTopic());
                produced = sum(end) - sum(offsets(earliest.get(wait, TimeUnit.MILLISECONDS), app.inputTopic()));
                lag = lag(committed.get(wait, TimeUnit.MILLISECONDS), end);
                state = groupState(group, wait);
            } catch (Exception e) {
                problems.add(app.service() + ": Kafka: " + firstLine(e));
            }
        }
        return new StageStatus(
                app.service(),
                app.inputTopic(),
                produced,
                app.applicationId(),
                lag,
                state,
                app.dlqTopic(),
                deadLetters,
                app.outputTopic());
    }

    /** A consumer group's state as Kafka names it ({@code STABLE}, {@code EMPTY}, ...); {@code DEAD} if there is none. */
    private static String groupState(KafkaFuture<ConsumerGroupDescription> group, long waitMs) throws Exception {
        try {
            return group.get(waitMs, TimeUnit.MILLISECONDS).groupState().name();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return GroupState.DEAD.name();
            }
            throw e;
        }
    }

    /**
     * Records of topics written in transactions, as a read_committed consumer counts them (one consumer for all), with
     * those at or after {@code marks}; empty and a problem if they cannot be counted.
     */
    private Map<String, CommittedRecords.Count> committedRecords(
            Admin admin, List<String> topics, Map<TopicPartition, Long> marks, List<String> problems) {
        try {
            List<TopicPartition> partitions =
                    partitions(admin, topics, timeout.multipliedBy(3).toMillis());
            Map<String, CommittedRecords.Count> counts = new HashMap<>(
                    committedRecords.count(bootstrapServers, partitions, marks, timeout.multipliedBy(10)));
            topics.forEach(t -> counts.putIfAbsent(t, new CommittedRecords.Count(0, 0))); // not created yet
            return counts;
        } catch (Exception e) {
            problems.add("Kafka: counting " + String.join(", ", topics) + ": " + firstLine(e));
            return Map.of();
        }
    }

    /** A flow's records, its sink's lag and dead letters by offsets, and the sink group's committed offsets. */
    private record SinkOffsets(long produced, long lag, long deadLetters, Map<TopicPartition, Long> committed) {}

    /** Produced, lag and dead letters of a flow by offsets; null (and a problem) when Kafka does not tell. */
    private SinkOffsets readOffsets(Flow flow, Admin admin, List<String> problems) {
        try {
            long wait = timeout.multipliedBy(3).toMillis();
            // One describe, then both offset lists and the group's offsets in flight together.
            List<String> topics =
                    flow.dlqTopic() == null ? List.of(flow.topic()) : List.of(flow.topic(), flow.dlqTopic());
            List<TopicPartition> partitions = partitions(admin, topics, wait);
            KafkaFuture<Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo>> latest =
                    admin.listOffsets(spec(partitions, OffsetSpec.latest())).all();
            KafkaFuture<Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo>> earliest =
                    admin.listOffsets(spec(partitions, OffsetSpec.earliest())).all();
            KafkaFuture<Map<TopicPartition, OffsetAndMetadata>> committed = admin.listConsumerGroupOffsets(
                            "connect-" + flow.connector())
                    .partitionsToOffsetAndMetadata();
            Map<TopicPartition, Long> end = offsets(latest.get(wait, TimeUnit.MILLISECONDS), flow.topic());
            Map<TopicPartition, Long> first = offsets(earliest.get(wait, TimeUnit.MILLISECONDS), flow.topic());
            long deadLetters = flow.dlqTopic() == null
                    ? 0
                    : sum(offsets(latest.get(wait, TimeUnit.MILLISECONDS), flow.dlqTopic()))
                            - sum(offsets(earliest.get(wait, TimeUnit.MILLISECONDS), flow.dlqTopic()));
            Map<TopicPartition, OffsetAndMetadata> done = committed.get(wait, TimeUnit.MILLISECONDS);
            Map<TopicPartition, Long> marks = new HashMap<>();
            done.forEach((tp, o) -> {
                if (o != null) {
                    marks.put(tp, o.offset());
                }
            });
            return new SinkOffsets(sum(end) - sum(first), lag(done, end), deadLetters, marks);
        } catch (Exception e) {
            problems.add("Kafka: " + firstLine(e));
            return null;
        }
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

    /** The partitions of those topics that exist (a dead-letter topic appears with the first dead letter). */
    private static List<TopicPartition> partitions(Admin admin, List<String> topics, long waitMs) throws Exception {
        List<TopicPartition> partitions = new ArrayList<>();
        Map<String, KafkaFuture<TopicDescription>> described =
                admin.describeTopics(topics).topicNameValues();
        for (String topic : topics) {
            try {
                described
                        .get(topic)
                        .get(waitMs, TimeUnit.MILLISECONDS)
                        .partitions()
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
            }
        }
        return partitions;
    }

    private static Map<TopicPartition, OffsetSpec> spec(List<TopicPartition> partitions, OffsetSpec spec) {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(tp -> request.put(tp, spec));
        return request;
    }

    private static Map<TopicPartition, Long> offsets(
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> all, String topic) {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        all.forEach((tp, info) -> {
            if (tp.topic().equals(topic)) {
                offsets.put(tp, info.offset());
            }
        });
        return offsets;
    }

    private static long lag(Map<TopicPartition, OffsetAndMetadata> committed, Map<TopicPartition, Long> end) {
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
