package io.kafkapipeline.sentiment.stream;

import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Streams' own log-and-continue handler with its dead-letter queue ({@code errors.dead.letter.queue.topic.name}:
 * the record unchanged, the cause in {@code __streams.errors.message}, the source topic, partition and offset in
 * headers), but one WARN line per record instead of a stack trace, and counted. The application never stops for a
 * bad record.
 */
public final class DeadLetterHandler extends LogAndContinueProcessingExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterHandler.class);

    /** Config key under which the application passes its {@link ClassifierStats} (an object, not a string). */
    public static final String STATS_CONFIG = "kafkapipeline.classifier.stats";

    private ClassifierStats stats = new ClassifierStats();
    private String deadLetterTopic = "";

    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        if (configs.get(STATS_CONFIG) instanceof ClassifierStats shared) {
            stats = shared;
        }
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        deadLetterTopic = topic == null ? "" : topic.toString();
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        String cause = exception.getMessage() == null
                ? exception.getClass().getSimpleName()
                : exception.getMessage().replaceAll("\\s+", " ").strip();
        if (!(exception instanceof UnreadablePostException)) {
            cause = exception.getClass().getSimpleName() + ": " + cause;
        }
        stats.countDeadLetter(cause);
        log.warn(
                "{}-{} offset {}: {}; sent to {}",
                context.topic(),
                context.partition(),
                context.offset(),
                cause,
                deadLetterTopic);
        return super.handleError(context, record, exception);
    }
}
