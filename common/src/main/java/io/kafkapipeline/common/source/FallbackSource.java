package io.kafkapipeline.common.source;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code SOURCE=auto} with a usable configuration: uses the live source until it has answered once;
 * if it is unreachable before that, switches to replay for the rest of the run and says so.
 */
public final class FallbackSource implements BodySource {
    private static final Logger log = LoggerFactory.getLogger(FallbackSource.class);

    private final BodySource live;
    private final BodySource replay;
    private volatile BodySource current;
    private volatile boolean liveConfirmed;

    public FallbackSource(BodySource live, BodySource replay) {
        this.live = live;
        this.replay = replay;
        this.current = live;
    }

    @Override
    public String fetch(String request) throws SourceException, InterruptedException {
        BodySource source = current;
        if (source == replay || liveConfirmed) {
            return source.fetch(request);
        }
        try {
            String body = live.fetch(request);
            liveConfirmed = true;
            return body;
        } catch (SourceUnreachableException e) {
            current = replay;
            log.warn(
                    "Live API unreachable ({}); SOURCE=auto switches to {} for the rest of this run",
                    e.getMessage(),
                    replay.describe());
            return replay.fetch(request);
        } catch (SourceException e) {
            liveConfirmed = true;
            throw e;
        }
    }

    public boolean replaying() {
        return current == replay;
    }

    @Override
    public String describe() {
        return live.describe() + " (SOURCE=auto: " + replay.describe() + " if unreachable)";
    }
}
