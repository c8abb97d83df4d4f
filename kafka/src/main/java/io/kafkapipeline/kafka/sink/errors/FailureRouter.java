package io.kafkapipeline.kafka.sink.errors;

import com.datastax.oss.common.sink.config.CassandraSinkConfig.IgnoreErrorsPolicy;
import io.kafkapipeline.kafka.sink.engine.Failure;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what happens to records that failed for good (mapping errors, values Cassandra rejects).
 *
 * <p>With an errant record reporter (the worker has {@code errors.tolerance} / a dead-letter queue / error log
 * configured) each record is reported and the batch goes on; the worker's {@code errors.tolerance} decides whether
 * that is tolerated. Without one, DataStax's {@code ignoreErrors} applies: {@code All} ignores every failure,
 * {@code Driver} ignores write failures only, {@code None} fails the task.
 */
public final class FailureRouter {

    private static final Logger log = LoggerFactory.getLogger(FailureRouter.class);

    private final ErrantRecordReporter reporter;
    private final IgnoreErrorsPolicy ignoreErrors;

    /** @param reporter the worker's reporter, or null when the worker has none */
    public FailureRouter(ErrantRecordReporter reporter, IgnoreErrorsPolicy ignoreErrors) {
        this.reporter = reporter;
        this.ignoreErrors = ignoreErrors;
    }

    /**
     * Reports, ignores or fails.
     *
     * @return the reporter's futures, one per reported record (done once the dead-letter queue has it)
     * @throws ConnectException when a failure is neither reportable nor ignored
     */
    public List<Future<Void>> route(List<Failure> failures) {
        if (failures.isEmpty()) {
            return List.of();
        }
        if (reporter != null) {
            List<Future<Void>> reported = new ArrayList<>(failures.size());
            failures.forEach(f -> reported.add(reporter.report(f.record(), RecordFailureException.of(f))));
            log.warn(
                    "Sent {} failed records to the errant record reporter (dead-letter queue); first: {}",
                    failures.size(),
                    describe(failures.get(0)));
            return reported;
        }
        List<Failure> fatal = failures.stream().filter(f -> !isIgnored(f)).collect(Collectors.toList());
        if (failures.size() > fatal.size()) {
            log.warn(
                    "Ignored {} failed records (ignoreErrors={}); first: {}",
                    failures.size() - fatal.size(),
                    ignoreErrors,
                    describe(failures.stream()
                            .filter(this::isIgnored)
                            .findFirst()
                            .orElseThrow()));
        }
        if (!fatal.isEmpty()) {
            Failure first = fatal.get(0);
            throw new ConnectException(
                    fatal.size() + " records failed and ignoreErrors=" + ignoreErrors + " does not ignore them; first: "
                            + describe(first),
                    first.cause());
        }
        return List.of();
    }

    boolean isIgnored(Failure failure) {
        switch (ignoreErrors) {
            case ALL:
                return true;
            case DRIVER:
                return failure.duringWrite();
            default:
                return false;
        }
    }

    static String describe(Failure failure) {
        SinkRecord r = failure.record();
        return r.topic() + "-" + r.kafkaPartition() + "@" + r.kafkaOffset() + ": "
                + RecordFailureException.of(failure).getMessage();
    }
}
