package io.kafkapipeline.common.contract;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.kafkapipeline.common.json.MalformedDataException;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One SpaceX launch, flattened, with rocket, launch site and first payload resolved to names;
 * topic {@value #TOPIC}, table {@code kafkapipeline.spacex_launches}. Only {@code launch_id} is
 * required; {@code launch_success} and {@code payload_mass_kg} are often null.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SpacexLaunch(
        String launchId,
        @Nullable String missionName,
        @Nullable Instant launchDateUtc,
        @Nullable String rocketName,
        @Nullable Boolean launchSuccess,
        @Nullable String siteName,
        @Nullable String payloadType,
        @Nullable Double payloadMassKg)
        implements TableRecord {

    public static final String TOPIC = "spacex";
    public static final String TABLE = "spacex_launches";
    public static final RecordType<SpacexLaunch> TYPE = new RecordType<>(TOPIC, TABLE, SpacexLaunch.class);

    public SpacexLaunch {
        Objects.requireNonNull(launchId, "launch_id");
    }

    /** The launch id. */
    @Override
    public String key() {
        return launchId;
    }

    public static SpacexLaunch fromJson(String json) throws MalformedDataException {
        return TYPE.parse(json);
    }
}
