package io.kafkapipeline.common.source;

import io.kafkapipeline.common.config.ConfigDef;
import io.kafkapipeline.common.config.ConfigException;
import io.kafkapipeline.common.config.ConfigKey;
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
        switch (mode) {
            case REPLAY: {
                BodySource source = replay.get();
                log.info("{}: SOURCE=replay: reading {}", component, source.describe());
                return source;
            }
            case LIVE: {
                if (liveUnusable != null) {
                    throw new ConfigException("SOURCE=live but " + liveUnusable);
                }
                BodySource source = live.get();
                log.info("{}: SOURCE=live: reading {}", component, source.describe());
                return source;
            }
            default: {
                if (liveUnusable != null) {
                    BodySource source = replay.get();
                    log.info("{}: {}; SOURCE=auto: reading {}", component, liveUnusable, source.describe());
                    return source;
                }
                BodySource source = new FallbackSource(live.get(), replay.get());
                log.info("{}: SOURCE=auto: reading {}", component, source.describe());
                return source;
            }
        }
    }
}
