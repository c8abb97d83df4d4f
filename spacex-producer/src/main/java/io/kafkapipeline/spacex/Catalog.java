package io.kafkapipeline.spacex;

import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.common.json.Json;
import io.kafkapipeline.common.json.MalformedDataException;
import io.kafkapipeline.common.source.BodySource;
import io.kafkapipeline.common.source.SourceException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A cached v4 collection ({@code /v4/rockets}, {@code /v4/launchpads}, {@code /v4/payloads}) by id.
 * It is fetched on first use and again only when a poll references an id it has not seen (an id
 * still missing after a reload is not reloaded for again).
 */
public final class Catalog {
    private final BodySource source;
    private final String path;
    private Map<String, JsonNode> byId;
    private final Set<String> absent = new HashSet<>();

    public Catalog(BodySource source, String path) {
        this.source = source;
        this.path = path;
    }

    /** Makes sure the wanted ids are known, reloading at most once. */
    public void ensure(Collection<String> ids) throws SourceException, InterruptedException, MalformedDataException {
        if (byId != null && ids.stream().allMatch(id -> byId.containsKey(id) || absent.contains(id))) {
            return;
        }
        JsonNode list = Json.readTree(source.fetch(path));
        if (!list.isArray()) {
            throw new MalformedDataException(path + ": expected a JSON array");
        }
        Map<String, JsonNode> loaded = new HashMap<>();
        for (JsonNode item : list) {
            if (item.path("id").isTextual()) {
                loaded.put(item.get("id").textValue(), item);
            }
        }
        byId = loaded;
        ids.stream().filter(id -> !loaded.containsKey(id)).forEach(absent::add);
    }

    public Optional<JsonNode> get(String id) {
        return id == null || byId == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    public String path() {
        return path;
    }
}
