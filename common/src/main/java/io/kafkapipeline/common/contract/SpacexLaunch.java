package io.kafkapipeline.common.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.kafkapipeline.common.json.Json;
import io.kafkapipeline.common.json.MalformedDataException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One SpaceX launch, flattened, with rocket, launch site and first payload resolved to names;
 * topic {@value #TOPIC}, table {@code kafkapipeline.spacex_launches}. Only {@code launch_id} is
 * required; {@code launch_success} and {@code payload_mass_kg} are often null.
 */
@JsonPropertyOrder({
    "launch_id",
    "mission_name",
    "launch_date_utc",
    "rocket_name",
    "launch_success",
    "site_name",
    "payload_type",
    "payload_mass_kg"
})
public record SpacexLaunch(
        @JsonProperty("launch_id") String launchId,
        @JsonProperty("mission_name") String missionName,
        @JsonProperty("launch_date_utc") Instant launchDateUtc,
        @JsonProperty("rocket_name") String rocketName,
        @JsonProperty("launch_success") Boolean launchSuccess,
        @JsonProperty("site_name") String siteName,
        @JsonProperty("payload_type") String payloadType,
        @JsonProperty("payload_mass_kg") Double payloadMassKg)
        implements TableRecord {

    public static final String TOPIC = "spacex";
    public static final String TABLE = "spacex_launches";
    public static final List<String> COLUMNS = List.of(
            "launch_id",
            "mission_name",
            "launch_date_utc",
            "rocket_name",
            "launch_success",
            "site_name",
            "payload_type",
            "payload_mass_kg");
    public static final List<String> PRIMARY_KEY = List.of("launch_id");

    public SpacexLaunch {
        Objects.requireNonNull(launchId, "launch_id");
    }

    /** The launch id. */
    @Override
    public String key() {
        return launchId;
    }

    public static SpacexLaunch fromJson(String json) throws MalformedDataException {
        return Json.readRecord(json, SpacexLaunch.class);
    }
}
