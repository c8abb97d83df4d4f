package io.kafkapipeline.console.kafka;

import io.kafkapipeline.console.BadRequestException;
import io.kafkapipeline.console.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/** Sends one message (key, value, headers) typed in the console to a topic that exists. */
public final class Produce {

    /** Where the message landed. */
    public record Sent(String topic, int partition, long offset) {}

    private final KafkaClients clients;
    private final Topics topics;

    public Produce(KafkaClients clients, Topics topics) {
        this.clients = clients;
        this.topics = topics;
    }

    /**
     * @param key null or blank: no key
     * @param headers lines of {@code name: value} (or {@code name=value})
     */
    public Sent send(String topic, String key, String value, String headers) {
        if (!topics.exists(topic)) {
            throw new NotFoundException("No topic '" + topic + "' (the console does not create topics)");
        }
        List<Header> parsed = parseHeaders(headers);
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(
                topic,
                null,
                key == null || key.isEmpty() ? null : key.getBytes(StandardCharsets.UTF_8),
                value == null ? null : value.getBytes(StandardCharsets.UTF_8),
                parsed);
        RecordMetadata meta = KafkaClients.get(clients.producer().send(record));
        return new Sent(meta.topic(), meta.partition(), meta.offset());
    }

    static List<Header> parseHeaders(String text) {
        List<Header> headers = new ArrayList<>();
        if (text == null) {
            return headers;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            int eq = line.indexOf('=');
            int sep = colon < 0 ? eq : eq < 0 ? colon : Math.min(colon, eq);
            if (sep <= 0) {
                throw new BadRequestException("Header line '" + line.strip() + "' must be name: value");
            }
            headers.add(new RecordHeader(
                    line.substring(0, sep).strip(),
                    line.substring(sep + 1).strip().getBytes(StandardCharsets.UTF_8)));
        }
        return headers;
    }
}
