package io.kafkapipeline.common.source;

import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code SOURCE=auto}'s choice between a live and a replay source of any kind: the live one until it has answered
 * once; if it is unreachable before that, the replay one for the rest of the run (said once, at WARN).
 *
 * @param <S> the kind of source ({@link BodySource}, a producer's own source type)
 */
public final class LiveOrReplay<S> {
    private static final Logger log = LoggerFactory.getLogger(LiveOrReplay.class);

    /** One request to a source; {@code E} is what else it may throw (a parse error, say). */
    @FunctionalInterface
    public interface Call<S, T, E extends Exception> {
        T on(S source) throws E, SourceException, InterruptedException;
    }

    private final S live;
    private final S replay;
    private final Function<S, String> describe;
    private volatile S current;
    private volatile boolean liveConfirmed;

    /** Starts on {@code live}; {@code describe} names a source in the log line and in {@link #describe()}. */
    public LiveOrReplay(S live, S replay, Function<S, String> describe) {
        this.live = live;
        this.replay = replay;
        this.describe = describe;
        this.current = live;
    }

    /**
     * The answer of the current source to {@code call}. While the live source is unconfirmed, its answer or any
     * error but unreachable confirms it; unreachable switches to the replay source for the rest of the run and
     * answers with {@code afterSwitch} on it.
     */
    public <T, E extends Exception> T call(Call<S, T, E> call, Call<S, T, E> afterSwitch)
            throws E, SourceException, InterruptedException {
        S source = current;
        if (source == replay || liveConfirmed) {
            return call.on(source);
        }
        try {
            T answer = call.on(live);
            liveConfirmed = true;
            return answer;
        } catch (SourceUnreachableException e) {
            current = replay;
            log.warn(
                    "Live API unreachable ({}); SOURCE=auto switches to {} for the rest of this run",
                    e.getMessage(),
                    describe.apply(replay));
            return afterSwitch.on(replay);
        } catch (InterruptedException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            liveConfirmed = true;
            throw e;
        }
    }

    public S current() {
        return current;
    }

    public boolean replaying() {
        return current == replay;
    }

    public String describe() {
        return describe.apply(live) + " (SOURCE=auto: " + describe.apply(replay) + " if unreachable)";
    }
}
