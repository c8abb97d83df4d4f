package io.kafkapipeline.console.kafka;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * One record of a topic as text: key, value and header values decoded as UTF-8 (bytes that are not UTF-8 are shown
 * as base64 with a {@code base64:} prefix); null stays null.
 */
public record Message(
        String topic,
        int partition,
        long offset,
        Instant timestamp,
        String key,
        String value,
        List<HeaderValue> headers) {

    /** One header. */
    public record HeaderValue(String name, String value) {}

    public static Message of(ConsumerRecord<byte[], byte[]> record) {
        List<HeaderValue> headers = new ArrayList<>();
        for (Header h : record.headers()) {
            headers.add(new HeaderValue(h.key(), text(h.value())));
        }
        return new Message(
                record.topic(),
                record.partition(),
                record.offset(),
                Instant.ofEpochMilli(record.timestamp()),
                text(record.key()),
                text(record.value()),
                List.copyOf(headers));
    }

    /** The value of the last header of that name, or null. */
    public String header(String name) {
        String found = null;
        for (HeaderValue h : headers) {
            if (h.name().equals(name)) {
                found = h.value();
            }
        }
        return found;
    }

    /** Bytes as UTF-8 text, or {@code base64:...} when they are not valid UTF-8. */
    public static String text(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return "base64:" + Base64.getEncoder().encodeToString(bytes);
        }
    }
}
