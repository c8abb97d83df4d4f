package io.kafkapipeline.social;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * The new statuses of one timeline in one poll, newest first as Mastodon sends them, and the id to ask for newer
 * ones next time ({@code min_id}).
 *
 * @param origin {@code live} or {@code replay}: the {@code source} column of the posts
 */
public record TimelinePage(List<JsonNode> statuses, Optional<String> newestId, String origin) {

    public TimelinePage {
        statuses = List.copyOf(statuses);
    }

    public static TimelinePage empty(String origin) {
        return new TimelinePage(List.of(), Optional.empty(), origin);
    }
}
