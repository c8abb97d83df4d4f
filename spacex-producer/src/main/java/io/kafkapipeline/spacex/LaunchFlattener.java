package io.kafkapipeline.spacex;

import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.common.contract.SpacexLaunch;
import io.kafkapipeline.common.json.Fields;
import io.kafkapipeline.common.json.MalformedDataException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A v4 launch to a flat {@link SpacexLaunch}: rocket, launchpad and the first payload (from
 * {@code launch.payloads[0]}, not {@code payload.launch}) resolved through the catalogs. An id the
 * catalogs do not know leaves that column null; {@link #logUnknownReferences()} writes one WARN line per poll
 * for the ids not reported before (each id once per run, each one also at DEBUG).
 */
public final class LaunchFlattener {
    private static final Logger log = LoggerFactory.getLogger(LaunchFlattener.class);

    private static final int SHOWN = 3;

    private final Catalog rockets;
    private final Catalog launchpads;
    private final Catalog payloads;
    private final Set<String> warned = new HashSet<>();
    private final Map<String, Integer> unknownThisPoll = new LinkedHashMap<>();

    public LaunchFlattener(Catalog rockets, Catalog launchpads, Catalog payloads) {
        this.rockets = rockets;
        this.launchpads = launchpads;
        this.payloads = payloads;
    }

    static String rocketId(JsonNode launch) {
        return launch.path("rocket").textValue();
    }

    static String launchpadId(JsonNode launch) {
        return launch.path("launchpad").textValue();
    }

    static String firstPayloadId(JsonNode launch) {
        return launch.path("payloads").path(0).textValue();
    }

    public SpacexLaunch flatten(JsonNode launch) throws MalformedDataException {
        String id = Fields.text(launch, "id");
        Optional<JsonNode> payload = resolve(payloads, firstPayloadId(launch), id);
        return new SpacexLaunch(
                id,
                Fields.nullableText(launch, "name"),
                instant(Fields.nullableText(launch, "date_utc")),
                name(resolve(rockets, rocketId(launch), id), "name"),
                Fields.nullableBoolean(launch, "success"),
                name(resolve(launchpads, launchpadId(launch), id), "name"),
                name(payload, "type"),
                payload.isPresent() ? Fields.nullableNumber(payload.get(), "mass_kg") : null);
    }

    private Optional<JsonNode> resolve(Catalog catalog, String ref, String launchId) {
        Optional<JsonNode> found = catalog.get(ref);
        if (ref != null && found.isEmpty() && !warned.contains(ref)) {
            String what = catalog.path().substring(catalog.path().lastIndexOf('/') + 1) + " " + ref;
            if (unknownThisPoll.merge(what, 1, Integer::sum) == 1) {
                log.debug(
                        "Launch {} references {} which {} does not list; that column stays null",
                        launchId,
                        what,
                        catalog.path());
            }
        }
        return found;
    }

    /** One WARN line for the unknown ids met since the last call, unless there were none; each id once per run. */
    public void logUnknownReferences() {
        if (unknownThisPoll.isEmpty()) {
            return;
        }
        String shown = unknownThisPoll.entrySet().stream()
                .limit(SHOWN)
                .map(e -> e.getKey() + " (" + e.getValue() + (e.getValue() == 1 ? " launch)" : " launches)"))
                .collect(Collectors.joining(", "));
        int more = unknownThisPoll.size() - SHOWN;
        log.warn(
                "{} id(s) referenced by launches are not listed by their catalog; those columns stay null: {}{}",
                unknownThisPoll.size(),
                shown,
                more > 0 ? " and " + more + " more (details at DEBUG)" : "");
        unknownThisPoll.keySet().forEach(what -> warned.add(what.substring(what.indexOf(' ') + 1)));
        unknownThisPoll.clear();
    }

    private static String name(Optional<JsonNode> item, String field) throws MalformedDataException {
        return item.isPresent() ? Fields.nullableText(item.get(), field) : null;
    }

    private static Instant instant(String text) throws MalformedDataException {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedDataException("date_utc is not an ISO-8601 instant: " + text);
        }
    }
}
