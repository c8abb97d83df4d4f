package io.kafkapipeline.console.kafka;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
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

    private final String bootstrapServers;
    private final Admin admin;
    private KafkaProducer<byte[], byte[]> producer;

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

    /** A new consumer without a group (the caller assigns partitions and closes it). */
    public KafkaConsumer<byte[], byte[]> consumer(int maxPollRecords) {
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
                        maxPollRecords,
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
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
        admin.close(java.time.Duration.ofSeconds(5));
    }
}
