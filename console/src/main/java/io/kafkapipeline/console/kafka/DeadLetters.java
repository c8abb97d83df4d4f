package io.kafkapipeline.console.kafka;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kafkapipeline.console.BadRequestException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dead-letter topics: each letter with the error context Kafka Connect puts in its headers
 * ({@code errors.deadletterqueue.context.headers.enable=true}), and redrive: selected letters go back, unchanged, to
 * the topic named in their {@code __connect.errors.topic} header once the cause is fixed.
 */
public final class DeadLetters {

    /** Header prefix of Kafka Connect's error context. */
    public static final String PREFIX = "__connect.errors.";

    public static final String ORIGINAL_TOPIC = PREFIX + "topic";
    public static final String ORIGINAL_PARTITION = PREFIX + "partition";
    public static final String ORIGINAL_OFFSET = PREFIX + "offset";
    public static final String CONNECTOR = PREFIX + "connector.name";
    public static final String TASK = PREFIX + "task.id";
    public static final String STAGE = PREFIX + "stage";
    public static final String EXCEPTION_CLASS = PREFIX + "exception.class.name";
    public static final String EXCEPTION_MESSAGE = PREFIX + "exception.message";
    public static final String STACKTRACE = PREFIX + "exception.stacktrace";

    /** Header a redriven record carries: the dead letter it came from ({@code <dlq>:<partition>:<offset>}). */
    public static final String REDRIVEN_FROM = "kafkapipeline.redriven.from";

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    /** One dead letter: the record and its error context; {@code redriven} is null while it is pending. */
    public record Letter(
            Message message,
            String originalTopic,
            String originalPartition,
            String originalOffset,
            String connector,
            String task,
            String stage,
            String exceptionClass,
            String exceptionMessage,
            String stacktrace,
            RedriveLog.Entry redriven) {

        static Letter of(Message m, RedriveLog.Entry redriven) {
            return new Letter(
                    m,
                    m.header(ORIGINAL_TOPIC),
                    m.header(ORIGINAL_PARTITION),
                    m.header(ORIGINAL_OFFSET),
                    m.header(CONNECTOR),
                    m.header(TASK),
                    m.header(STAGE),
                    m.header(EXCEPTION_CLASS),
                    m.header(EXCEPTION_MESSAGE),
                    m.header(STACKTRACE),
                    redriven);
        }

        /** {@code partition:offset} in the dead-letter topic: what a redrive request names. */
        @JsonProperty
        public String id() {
            return message.partition() + ":" + message.offset();
        }
    }

    /** A dead-letter topic with its counts (-1: the topic does not exist yet, nothing went wrong so far). */
    public record Queue(String topic, String connector, String sourceTopic, long letters, long redriven) {
        @JsonProperty
        public long pending() {
            return letters < 0 ? 0 : Math.max(0, letters - redriven);
        }
    }

    /** A page of letters of one queue. */
    public record LetterPage(Queue queue, List<Letter> letters, MessageBrowser.Page page) {}

    /** What a redrive did, letter by letter. */
    public record RedriveReport(String dlq, int requested, int redriven, List<String> sent, List<String> skipped) {}

    private final KafkaClients clients;
    private final Topics topics;
    private final MessageBrowser browser;
    private final RedriveLog redrives;

    public DeadLetters(KafkaClients clients, Topics topics, MessageBrowser browser, RedriveLog redrives) {
        this.clients = clients;
        this.topics = topics;
        this.browser = browser;
        this.redrives = redrives;
    }

    /**
     * The dead-letter topics of {@code connectors} (connector name to its {@code errors.deadletterqueue.topic.name}
     * and source topics), with counts.
     */
    public List<Queue> queues(Map<String, String[]> connectors) {
        redrives.refresh();
        List<Queue> queues = new ArrayList<>();
        Map<String, String[]> sorted = new TreeMap<>(connectors);
        for (Map.Entry<String, String[]> e : sorted.entrySet()) {
            String dlq = e.getValue()[0];
            Map<TopicPartition, long[]> offsets = topics.offsets(dlq);
            long letters = offsets.isEmpty()
                    ? -1
                    : offsets.values().stream().mapToLong(o -> o[1] - o[0]).sum();
            queues.add(new Queue(dlq, e.getKey(), e.getValue()[1], letters, redrives.count(dlq)));
        }
        return queues;
    }

    /** One page of letters of {@code queue}. */
    public LetterPage letters(Queue queue, Browse request) {
        redrives.refresh();
        MessageBrowser.Page page = browser.read(request);
        List<Letter> letters = new ArrayList<>();
        for (Message m : page.messages()) {
            letters.add(Letter.of(m, redrives.find(queue.topic(), m.partition(), m.offset())));
        }
        return new LetterPage(queue, letters, page);
    }

    /**
     * Sends the letters {@code ids} ({@code partition:offset}) of {@code dlq} to their original topics with the same
     * key, value and headers (minus Connect's error context, plus {@link #REDRIVEN_FROM}). A letter without an
     * original-topic header, already redriven, or not found is skipped and reported.
     */
    public RedriveReport redrive(String dlq, List<String> ids) {
        if (ids.isEmpty()) {
            throw new BadRequestException("Select at least one dead letter to redrive");
        }
        redrives.refresh();
        Map<Integer, TreeSet<Long>> wanted = new TreeMap<>();
        for (String id : ids) {
            String[] po = id.strip().split(":", 2);
            try {
                wanted.computeIfAbsent(Integer.parseInt(po[0]), p -> new TreeSet<>())
                        .add(Long.parseLong(po[1]));
            } catch (RuntimeException e) {
                throw new BadRequestException("A dead letter is named partition:offset, not '" + id + "'");
            }
        }
        Map<String, ConsumerRecord<byte[], byte[]>> found = fetch(dlq, wanted);
        List<String> sent = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Map.Entry<Integer, TreeSet<Long>> e : wanted.entrySet()) {
            for (long offset : e.getValue()) {
                String id = e.getKey() + ":" + offset;
                ConsumerRecord<byte[], byte[]> letter = found.get(id);
                RedriveLog.Entry done = redrives.find(dlq, e.getKey(), offset);
                if (letter == null) {
                    skipped.add(id + ": not in " + dlq + " (deleted by retention?)");
                } else if (done != null) {
                    skipped.add(id + ": already redriven to " + done.target() + " at " + done.at());
                } else {
                    Header original = letter.headers().lastHeader(ORIGINAL_TOPIC);
                    if (original == null) {
                        skipped.add(id + ": no " + ORIGINAL_TOPIC + " header (enable"
                                + " errors.deadletterqueue.context.headers.enable on the connector)");
                        continue;
                    }
                    String target = new String(original.value(), StandardCharsets.UTF_8);
                    RecordMetadata meta = KafkaClients.get(clients.producer().send(copy(dlq, letter, target)));
                    String where = meta.topic() + ":" + meta.partition() + ":" + meta.offset();
                    redrives.add(dlq, e.getKey(), offset, where);
                    sent.add(id + " -> " + where);
                }
            }
        }
        log.info(
                "Redrive of {}: {} requested, {} sent, {} skipped {}",
                dlq,
                ids.size(),
                sent.size(),
                skipped.size(),
                skipped);
        return new RedriveReport(dlq, ids.size(), sent.size(), sent, skipped);
    }

    private static ProducerRecord<byte[], byte[]> copy(
            String dlq, ConsumerRecord<byte[], byte[]> letter, String target) {
        List<Header> headers = new ArrayList<>();
        for (Header h : letter.headers()) {
            if (!h.key().startsWith(PREFIX) && !h.key().equals(REDRIVEN_FROM)) {
                headers.add(h);
            }
        }
        headers.add(new RecordHeader(
                REDRIVEN_FROM,
                RedriveLog.key(dlq, letter.partition(), letter.offset()).getBytes(StandardCharsets.UTF_8)));
        return new ProducerRecord<>(target, null, letter.key(), letter.value(), headers);
    }

    /** The records at the wanted offsets, read partition by partition from the lowest wanted offset. */
    private Map<String, ConsumerRecord<byte[], byte[]>> fetch(String dlq, Map<Integer, TreeSet<Long>> wanted) {
        Map<TopicPartition, long[]> offsets = topics.offsets(dlq);
        Map<String, ConsumerRecord<byte[], byte[]>> found = new LinkedHashMap<>();
        try (KafkaClients.Lease lease = clients.consumer()) {
            KafkaConsumer<byte[], byte[]> consumer = lease.get();
            for (Map.Entry<Integer, TreeSet<Long>> e : wanted.entrySet()) {
                TopicPartition tp = new TopicPartition(dlq, e.getKey());
                long[] range = offsets.get(tp);
                if (range == null) {
                    continue;
                }
                long from = Math.max(range[0], e.getValue().first());
                long to = Math.min(range[1], e.getValue().last() + 1);
                if (from >= to) {
                    continue;
                }
                consumer.assign(List.of(tp));
                consumer.seek(tp, from);
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (consumer.position(tp) < to && System.nanoTime() < deadline) {
                    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                        if (e.getValue().contains(r.offset())) {
                            found.put(r.partition() + ":" + r.offset(), r);
                        }
                    }
                }
            }
        }
        return found;
    }
}
