package io.kafkapipeline.faults.integration;

import static org.awaitility.Awaitility.await;

import com.datastax.oss.driver.api.core.cql.Row;
import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.cassandra.Schema;
import io.kafkapipeline.common.contract.FakerPerson;
import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.connect.ConnectRest;
import io.kafkapipeline.stack.connect.ConnectorConfigs;
import io.kafkapipeline.stack.node.CassandraNode;
import io.kafkapipeline.stack.node.ServiceNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A faker flow of one fault test, apart from the pipeline's own: topic {@code fault-<id>} (replication factor 3 and
 * min.insync.replicas 2 on the 3-node cluster), connector {@code fault-<id>-sink} built from the connector config that
 * writes {@code fakerdata} (only topic, table and DLQ changed), table {@code fault_<id>} (created by the schema's own
 * statement for {@code fakerdata}, {@link Schema#createTableLike}) and
 * bounded faker producer processes. Counting is by key, so re-sent records show as duplicates, not as rows.
 */
final class FakerFlow implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FakerFlow.class);
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]{0,15}");
    private static final Pattern FINAL = Pattern.compile("published=(\\d+) failed=(\\d+) .*\\(final\\)");
    private static final Pattern PUBLISHED = Pattern.compile("published=(\\d+)");
    private static final Pattern PROGRESS = Pattern.compile("(?m)^(\\S+Z) .* progress: fetched=\\d+ published=(\\d+)");
    static final Duration LANDING = Duration.ofMinutes(4);

    private final LocalStack stack;
    private final String id;
    private final long begin = System.nanoTime();
    private int producerRuns;

    private FakerFlow(LocalStack stack, String id) {
        this.stack = stack;
        this.id = id;
    }

    /** Creates the topic, the table and the connector, and waits until its task runs. {@code id}: [a-z][a-z0-9]*. */
    static FakerFlow create(LocalStack stack, String id) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("flow id must match " + ID + ": " + id);
        }
        FakerFlow flow = new FakerFlow(stack, id);
        Topics.create(stack, flow.topic());
        stack.cqlSession().execute(Schema.createTableLike(FakerPerson.TABLE, flow.tableName()));
        stack.cqlSession().execute("TRUNCATE " + flow.table());
        new ConnectRest(stack.connectUrl()).putConfig(flow.connector(), flow.connectorConfig());
        flow.awaitTaskRunning(stack.connectUrl());
        return flow;
    }

    String topic() {
        return "fault-" + id;
    }

    private String tableName() {
        return "fault_" + id;
    }

    String table() {
        return Schema.KEYSPACE + "." + tableName();
    }

    String connector() {
        return "fault-" + id + "-sink";
    }

    String dlqTopic() {
        return topic() + "-dlq";
    }

    private Map<String, String> connectorConfig() {
        String prefix = "topic." + FakerPerson.TOPIC + "." + Schema.KEYSPACE + "." + FakerPerson.TABLE + ".";
        Map<String, String> base = ConnectorConfigs.load(stack.config().connectorConfigDir()).stream()
                .map(ConnectorConfigs.Connector::config)
                .filter(c -> c.containsKey(prefix + "mapping"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no connector config maps " + prefix + "mapping in "
                        + stack.config().connectorConfigDir()));
        Map<String, String> config = new LinkedHashMap<>();
        base.forEach((k, v) -> config.put(
                k.startsWith(prefix) ? "topic." + topic() + "." + table() + "." + k.substring(prefix.length()) : k, v));
        config.put("topics", topic());
        config.put("errors.deadletterqueue.topic.name", dlqTopic());
        config.put(
                "errors.deadletterqueue.topic.replication.factor",
                Integer.toString(stack.config().replicationFactor()));
        return ConnectorConfigs.withCassandra(config, "127.0.0.1", stack.cassandraPort(), CassandraNode.DATACENTER);
    }

    /** Waits until the connector's task is RUNNING (asking the worker at {@code connectUrl}); returns its worker id. */
    String awaitTaskRunning(String connectUrl) {
        return awaitTaskRunning(connectUrl, null);
    }

    /** Waits until the connector's task is RUNNING on a worker other than {@code notOn} (a worker id, or null). */
    String awaitTaskRunning(String connectUrl, String notOn) {
        ConnectRest rest = new ConnectRest(connectUrl);
        return await(connector() + " task RUNNING" + (notOn == null ? "" : " elsewhere than " + notOn) + " (via "
                        + connectUrl + ")")
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(
                        () -> {
                            JsonNode task =
                                    rest.status(connector()).path("tasks").path(0);
                            return "RUNNING".equals(task.path("state").asText())
                                    ? task.path("worker_id").asText()
                                    : null;
                        },
                        worker -> worker != null && !worker.equals(notOn));
    }

    /** Starts a bounded faker process: {@code records} at {@code rate}/s with {@code seed}; returns it started. */
    ServiceNode startProducer(int rate, int records, long seed) {
        producerRuns++;
        String name = "fault-" + id + "-producer-" + producerRuns;
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_BROKER_URL", stack.bootstrapServers());
        env.put("TOPIC_NAME", topic());
        env.put("FAKER_RATE", Integer.toString(rate));
        env.put("FAKER_MAX_RECORDS", Integer.toString(records));
        env.put("FAKER_SEED", Long.toString(seed));
        env.put("KAFKA_CLIENT_ID", name);
        env.put("PROGRESS_INTERVAL_S", "2");
        ServiceNode producer =
                new ServiceNode(stack.config(), name, "faker-producer", "io.kafkapipeline.faker.Main", env);
        producer.prepare();
        producer.start(true);
        return producer;
    }

    /** Waits for a bounded producer to exit by itself and returns how many records Kafka acknowledged to it. */
    static long awaitFinished(ServiceNode producer) {
        await(producer.name() + " finished")
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> !producer.jvm().isAlive());
        return acknowledged(producer);
    }

    /** Waits until a producer's progress line says at least {@code records} were acknowledged: the stream is on. */
    static void awaitPublished(ServiceNode producer, long records) {
        await(producer.name() + " streaming (" + records + " acknowledged)")
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> lastPublished(producer) >= records);
    }

    /**
     * Waits until a producer's last two progress lines show it acknowledged at least {@code perSecond} records per
     * second between them (the stream is at full speed, past the JVM's warm-up); returns that rate.
     */
    static double awaitRate(ServiceNode producer, double perSecond) {
        return await(producer.name() + " streaming at >= " + perSecond + " records/s")
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> lastRate(producer), rate -> rate >= perSecond);
    }

    /** Records acknowledged per second between the last two progress lines (0 before there are two). */
    static double lastRate(ServiceNode producer) {
        Matcher m = PROGRESS.matcher(producer.jvm().tail(40));
        Instant previousAt = null;
        Instant lastAt = null;
        long previous = 0;
        long last = 0;
        while (m.find()) {
            previousAt = lastAt;
            previous = last;
            lastAt = Instant.parse(m.group(1));
            last = Long.parseLong(m.group(2));
        }
        if (previousAt == null || !lastAt.isAfter(previousAt)) {
            return 0;
        }
        return (last - previous) * 1000.0 / Duration.between(previousAt, lastAt).toMillis();
    }

    /** The published count of the last progress line (a lower bound of what a producer had acknowledged). */
    static long lastPublished(ServiceNode producer) {
        Matcher m = PUBLISHED.matcher(producer.jvm().tail(40));
        long last = 0;
        while (m.find()) {
            last = Long.parseLong(m.group(1));
        }
        return last;
    }

    /** The published (= acknowledged) count of a producer's final progress line; fails if it had failed sends. */
    static long acknowledged(ServiceNode producer) {
        return acknowledged(producer, false);
    }

    /** The published count of the final progress line; failed sends (never acknowledged) only allowed if asked. */
    static long acknowledged(ServiceNode producer, boolean failuresAllowed) {
        Matcher m = FINAL.matcher(producer.jvm().tail(40));
        long published = -1;
        while (m.find()) {
            published = Long.parseLong(m.group(1));
            if (!failuresAllowed && Long.parseLong(m.group(2)) != 0) {
                throw new AssertionError(producer.name() + " had failed sends: " + m.group());
            }
        }
        if (published < 0) {
            throw new AssertionError("no final progress line in "
                    + producer.jvm().logFile() + ":\n" + producer.jvm().tail(20));
        }
        return published;
    }

    /** The keys ("name|address") of every record in the topic, with repeats. */
    List<String> topicKeys() {
        return Topics.readAll(stack, topic()).stream().map(ConsumerRecord::key).toList();
    }

    long rowCount() {
        return stack.cqlSession()
                .execute("SELECT COUNT(*) FROM " + table())
                .one()
                .getLong(0);
    }

    /**
     * Waits until the table has {@code expected} rows (the sink caught up) or, at most {@link #LANDING}, until the
     * sink has committed the whole topic; either way the caller measures and asserts, so a gap shows as "lost".
     */
    void awaitRows(long expected) {
        try {
            await(expected + " rows in " + table())
                    .atMost(LANDING)
                    .pollInterval(Duration.ofSeconds(2))
                    .ignoreExceptions()
                    .until(this::rowCount, n -> n >= expected);
        } catch (ConditionTimeoutException e) {
            log.warn("{} rows after {} s, expected {}", rowCount(), LANDING.toSeconds(), expected);
        }
    }

    /** The keys of every row: the primary key columns joined by "|", as the producer keys its records. */
    Set<String> rowKeys() {
        List<String> key = Schema.table(FakerPerson.TABLE).primaryKey();
        Set<String> keys = new HashSet<>();
        for (Row row : stack.cqlSession().execute("SELECT " + String.join(", ", key) + " FROM " + table())) {
            keys.add(key.stream().map(row::getString).collect(Collectors.joining("|")));
        }
        return keys;
    }

    long dlqCount() {
        return Topics.readAll(stack, dlqTopic()).size();
    }

    /** Measures the flow (topic against table), records the summary row and returns it. */
    FaultRow measure(String fault, long acknowledged) {
        List<String> keys = topicKeys();
        Set<String> distinct = new HashSet<>(keys);
        Set<String> rows = rowKeys();
        long found = distinct.stream().filter(rows::contains).count();
        FaultRow row = new FaultRow(
                fault,
                acknowledged,
                distinct.size(),
                found,
                keys.size() - distinct.size(),
                dlqCount(),
                Math.round((System.nanoTime() - begin) / 1e9));
        log.info(
                "{}: topic {} records, {} keys; table {} rows ({} of the keys); extra rows {}",
                fault,
                keys.size(),
                distinct.size(),
                rows.size(),
                found,
                rows.size() - found);
        FaultSummary.add(row);
        return row;
    }

    /** Deletes the connector (the flow's data stays for post-mortems). */
    @Override
    public void close() {
        try {
            new ConnectRest(stack.connectUrl()).delete(connector());
        } catch (RuntimeException e) {
            log.warn("cannot delete {}: {}", connector(), e.toString());
        }
    }
}
