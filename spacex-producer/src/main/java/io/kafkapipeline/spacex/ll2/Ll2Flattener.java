package io.kafkapipeline.spacex.ll2;

import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.common.contract.SpacexLaunch;
import io.kafkapipeline.common.json.Fields;
import io.kafkapipeline.common.json.MalformedDataException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A Launch Library 2 launch (normal or detailed mode, 2.0.0 to 2.3.0) to a {@link SpacexLaunch}, on the columns the
 * v4 source fills:
 *
 * <ul>
 *   <li>launch_id = {@code id} (a UUID); mission_name = {@code mission.name}, else the part of {@code name} after its
 *       first {@code |} ("Falcon 9 Block 5 | Starlink Group 17-39");
 *   <li>launch_date_utc = {@code net}; rocket_name = {@code rocket.configuration.name}; site_name = {@code pad.name};
 *   <li>launch_success from {@code status.id} only (names changed between versions): 3 Success = true, 4 Failure and
 *       7 Partial Failure = false, anything else (Go, TBD, TBC, Hold, In Flight, Payload Deployed) = null;
 *   <li>payload_type = {@code mission.type} (a mission category, e.g. "Communications"); payload_mass_kg = the first
 *       payload's {@code mass} where the body has one (2.3.0 detailed mode), else null.
 * </ul>
 */
public final class Ll2Flattener {
    static final int STATUS_SUCCESS = 3;
    static final int STATUS_FAILURE = 4;
    static final int STATUS_PARTIAL_FAILURE = 7;

    /** Whether the launch's provider is SpaceX (id 121 or name "SpaceX"); a launch without a provider object is unreadable. */
    public boolean isSpacex(JsonNode launch) throws MalformedDataException {
        JsonNode provider = launch.path("launch_service_provider");
        if (!provider.isObject()) {
            throw new MalformedDataException("expected object at launch_service_provider ("
                    + (provider.isMissingNode() ? "missing" : "found " + type(provider)) + ")");
        }
        return provider.path("id").asInt(-1) == Ll2Api.SPACEX_PROVIDER_ID
                || "spacex".equals(provider.path("name").asText("").toLowerCase(Locale.ROOT));
    }

    public SpacexLaunch flatten(JsonNode launch) throws MalformedDataException {
        String id = Fields.text(launch, "id");
        String missionName = Fields.nullableText(launch, "mission.name");
        return new SpacexLaunch(
                id,
                missionName != null ? missionName : afterBar(Fields.nullableText(launch, "name")),
                instant(Fields.nullableText(launch, "net")),
                Fields.nullableText(launch, "rocket.configuration.name"),
                success(launch.path("status").path("id")),
                Fields.nullableText(launch, "pad.name"),
                Fields.nullableText(launch, "mission.type"),
                Fields.nullableNumber(launch, "rocket.payloads.0.payload.mass"));
    }

    static Boolean success(JsonNode statusId) throws MalformedDataException {
        if (statusId.isMissingNode() || statusId.isNull()) {
            return null;
        }
        if (!statusId.isIntegralNumber()) {
            throw new MalformedDataException("expected integer or null at status.id (found " + type(statusId) + ")");
        }
        switch (statusId.intValue()) {
            case STATUS_SUCCESS:
                return true;
            case STATUS_FAILURE:
            case STATUS_PARTIAL_FAILURE:
                return false;
            default:
                return null;
        }
    }

    /** "Falcon 9 Block 5 | Starlink Group 17-39" -> "Starlink Group 17-39"; a name without {@code |} as it is. */
    static String afterBar(String name) {
        if (name == null) {
            return null;
        }
        String mission = name.substring(name.indexOf('|') + 1).strip();
        return mission.isEmpty() ? null : mission;
    }

    private static Instant instant(String text) throws MalformedDataException {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notZ) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw new MalformedDataException("net is not an ISO-8601 instant: " + text);
            }
        }
    }

    private static String type(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
