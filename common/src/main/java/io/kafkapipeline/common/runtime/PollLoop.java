package io.kafkapipeline.common.runtime;

import io.kafkapipeline.common.config.Redactor;
import io.kafkapipeline.common.source.FatalSourceException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a poll cycle every interval until stopped. A {@link FatalSourceException} ends the loop with
 * exit code 2 after one ERROR line; any other failure is logged (one WARN line), counted and the
 * loop goes on.
 */
public final class PollLoop {
    private static final Logger log = LoggerFactory.getLogger(PollLoop.class);

    /** One poll: fetch, parse, publish. Handles its own per-item failures. */
    @FunctionalInterface
    public interface Cycle {
        void run() throws FatalSourceException, InterruptedException;
    }

    public static final int EXIT_OK = 0;
    public static final int EXIT_FATAL = 2;

    private final String component;
    private final Lifecycle lifecycle;
    private final ProgressLog progress;
    private final Redactor redactor;

    public PollLoop(String component, Lifecycle lifecycle, ProgressLog progress, Redactor redactor) {
        this.component = component;
        this.lifecycle = lifecycle;
        this.progress = progress;
        this.redactor = redactor;
    }

    /** @param once run a single cycle and return */
    public int run(Cycle cycle, Duration interval, boolean once) {
        while (lifecycle.running()) {
            try {
                cycle.run();
            } catch (FatalSourceException e) {
                progress.recordFailed(e.getMessage());
                log.error("{}: {}; stopping", component, redactor.redact(e.getMessage()));
                return EXIT_FATAL;
            } catch (InterruptedException e) {
                return EXIT_OK;
            } catch (RuntimeException e) {
                String problem = redactor.describe(e);
                progress.recordFailed(problem);
                log.warn("{}: poll failed, will retry next interval: {}", component, problem);
            }
            if (once) {
                break;
            }
            try {
                lifecycle.sleeper().sleep(interval);
            } catch (InterruptedException e) {
                return EXIT_OK;
            }
        }
        return EXIT_OK;
    }
}
