package io.kafkapipeline.common.source;

import io.kafkapipeline.common.config.ConfigDef;
import io.kafkapipeline.common.config.ConfigException;
import io.kafkapipeline.common.config.ConfigKey;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code SOURCE} and the one place that decides between live and replay and logs the choice. */
public final class SourceConfig {
    private static final Logger log = LoggerFactory.getLogger(SourceConfig.class);

    public static final ConfigKey<SourceMode> SOURCE = ConfigKey.choice(
            "SOURCE",
            SourceMode.AUTO,
            SourceMode.class,
            "Where data comes from: the live API, the bundled recorded responses (replay), or auto = live, but replay"
                    + " when the API key is missing or the API is unreachable at start.");

    private SourceConfig() {}

    public static ConfigDef definition() {
        return new ConfigDef().define(SOURCE);
    }

    /**
     * @param liveUnusable why live cannot work (e.g. "OPENWEATHER_API_KEY is not set"), or null
     */
    public static BodySource select(
            String component,
            SourceMode mode,
            String liveUnusable,
            Supplier<BodySource> live,
            Supplier<BodySource> replay) {
        return select(component, mode, liveUnusable, live, replay, FallbackSource::new, BodySource::describe);
    }

    /**
     * The same decision for a source of any shape (e.g. one that returns pages with headers).
     *
     * @param liveUnusable why live cannot work, or null
     * @param fallback makes the {@code SOURCE=auto} source from the live and the replay one (live until it has
     *     answered once, replay if it is unreachable before that)
     * @param describe the source for the start-up line
     */
    public static <S> S select(
            String component,
            SourceMode mode,
            String liveUnusable,
            Supplier<S> live,
            Supplier<S> replay,
            BinaryOperator<S> fallback,
            Function<S, String> describe) {
        switch (mode) {
            case REPLAY: {
                S source = replay.get();
                log.info("{}: SOURCE=replay: reading {}", component, describe.apply(source));
                return source;
            }
            case LIVE: {
                if (liveUnusable != null) {
                    throw new ConfigException("SOURCE=live but " + liveUnusable);
                }
                S source = live.get();
                log.info("{}: SOURCE=live: reading {}", component, describe.apply(source));
                return source;
            }
            default: {
                if (liveUnusable != null) {
                    S source = replay.get();
                    log.info("{}: {}; SOURCE=auto: reading {}", component, liveUnusable, describe.apply(source));
                    return source;
                }
                S source = fallback.apply(live.get(), replay.get());
                log.info("{}: SOURCE=auto: reading {}", component, describe.apply(source));
                return source;
            }
        }
    }
}
