package io.kafkapipeline.console.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The console's Kafka clients: one admin client and one producer for the life of the console, and a short-lived
 * consumer per read (assigned partitions, no group, nothing committed).
 */
public final class KafkaClients implements AutoCloseable {

    static final long TIMEOUT_S = 15;

    /** Consumers kept between reads (requests run on several threads; each read borrows one). */
    private static final int IDLE_CONSUMERS = 4;

    private final String bootstrapServers;
    private final Admin admin;
    private final BlockingQueue<KafkaConsumer<byte[], byte[]>> idle = new ArrayBlockingQueue<>(IDLE_CONSUMERS);
    private KafkaProducer<byte[], byte[]> producer;
    private volatile boolean closed;

    public KafkaClients(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG,
                "kafkapipeline-console",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                10000));
    }

    public Admin admin() {
        return admin;
    }

    /** The one producer (acks=all, idempotent), created on first use. */
    public synchronized KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(
                    Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                            bootstrapServers,
                            ProducerConfig.CLIENT_ID_CONFIG,
                            "kafkapipeline-console",
                            ProducerConfig.ACKS_CONFIG,
                            "all",
                            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                            true,
                            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                            30_000,
                            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                            10_000,
                            ProducerConfig.MAX_BLOCK_MS_CONFIG,
                            10_000),
                    new ByteArraySerializer(),
                    new ByteArraySerializer());
        }
        return producer;
    }

    /**
     * A consumer without a group, assigned nothing, for one read (the caller assigns partitions and closes the
     * lease). Consumers are kept for the next read: a new one costs a connection and a metadata round trip.
     */
    public Lease consumer() {
        KafkaConsumer<byte[], byte[]> consumer = idle.poll();
        return new Lease(consumer != null ? consumer : newConsumer());
    }

    /** A consumer lent for one read; closing it gives it back. */
    public final class Lease implements AutoCloseable {
        private final KafkaConsumer<byte[], byte[]> consumer;

        private Lease(KafkaConsumer<byte[], byte[]> consumer) {
            this.consumer = consumer;
        }

        public KafkaConsumer<byte[], byte[]> get() {
            return consumer;
        }

        @Override
        public void close() {
            try {
                consumer.assign(List.of());
                if (closed || !idle.offer(consumer)) {
                    consumer.close(CloseOptions.timeout(Duration.ofSeconds(1)));
                }
            } catch (RuntimeException e) {
                consumer.close(CloseOptions.timeout(Duration.ofSeconds(1)));
            }
        }
    }

    private KafkaConsumer<byte[], byte[]> newConsumer() {
        return new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.CLIENT_ID_CONFIG,
                        "kafkapipeline-console-reader",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "none",
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                        500,
                        // Reads stop at end offsets known beforehand: a fetch at the end of a partition must not wait
                        // the default 500 ms for new records (the next read of this pooled consumer would wait too).
                        ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG,
                        20,
                        ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                        10_000,
                        ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                        10_000),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
    }

    /** Waits for an admin or producer future; the cause of a failure is rethrown as a {@link KafkaException}. */
    static <T> T get(Future<T> future) {
        try {
            return future.get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new KafkaException(cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
        } catch (TimeoutException e) {
            throw new KafkaException("Kafka did not answer within " + TIMEOUT_S + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted", e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (KafkaConsumer<byte[], byte[]> c = idle.poll(); c != null; c = idle.poll()) {
            c.close(CloseOptions.timeout(Duration.ofSeconds(1)));
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
        admin.close(Duration.ofSeconds(5));
    }
}
