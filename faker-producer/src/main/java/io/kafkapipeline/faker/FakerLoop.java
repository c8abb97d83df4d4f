package io.kafkapipeline.faker;

import io.kafkapipeline.common.config.Redactor;
import io.kafkapipeline.common.contract.FakerPerson;
import io.kafkapipeline.common.kafka.RecordPublisher;
import io.kafkapipeline.common.runtime.Lifecycle;
import io.kafkapipeline.common.runtime.Pacer;
import io.kafkapipeline.common.runtime.ProgressLog;
import io.kafkapipeline.people.PersonGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Generates and publishes people at the configured rate until stopped or the limit is reached. */
public final class FakerLoop {
    private static final Logger log = LoggerFactory.getLogger(FakerLoop.class);

    private final PersonGenerator generator;
    private final RecordPublisher publisher;
    private final ProgressLog progress;
    private final Lifecycle lifecycle;
    private final Pacer pacer;

    public FakerLoop(
            PersonGenerator generator,
            RecordPublisher publisher,
            ProgressLog progress,
            Lifecycle lifecycle,
            Pacer pacer) {
        this.generator = generator;
        this.publisher = publisher;
        this.progress = progress;
        this.lifecycle = lifecycle;
        this.pacer = pacer;
    }

    /** @param limit number of records, 0 = until stopped; returns how many were handed to Kafka */
    public long run(long limit) {
        long sent = 0;
        while (lifecycle.running() && (limit == 0 || sent < limit)) {
            try {
                pacer.acquire();
            } catch (InterruptedException e) {
                break;
            }
            FakerPerson person;
            try {
                person = generator.next();
            } catch (RuntimeException e) {
                String problem = "generator failed: " + Redactor.NONE.describe(e);
                progress.recordFailed(problem);
                log.warn(problem);
                continue;
            }
            progress.recordFetched(1);
            publisher.publish(person);
            sent++;
        }
        return sent;
    }
}
