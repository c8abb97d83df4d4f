package io.kafkapipeline.social;

import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.common.contract.SocialPost;
import io.kafkapipeline.common.json.Fields;
import io.kafkapipeline.common.json.MalformedDataException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * One Mastodon status to a {@link SocialPost}. A boost (a status whose {@code reblog} is set) stands for the boosted
 * post: its id, time, text, language and URL are the boosted one's, so two boosts of a post are the same row.
 * Required: {@code id}, {@code created_at}; {@code content} may be missing or null (an empty text), {@code language}
 * and {@code url} may be null.
 */
public final class StatusParser {

    public SocialPost parse(JsonNode status, String location, String origin) throws MalformedDataException {
        if (!status.isObject()) {
            throw new MalformedDataException("expected a status object, found "
                    + status.getNodeType().name().toLowerCase());
        }
        JsonNode post = status;
        String path = "";
        if (status.path("reblog").isObject()) {
            post = status.get("reblog");
            path = "reblog.";
        }
        String id = StatusIds.of(post, path);
        Instant created;
        try {
            created = Instant.parse(Fields.text(post, "created_at"));
        } catch (MalformedDataException e) {
            throw new MalformedDataException(e.getMessage().replace(" at created_at", " at " + path + "created_at"));
        } catch (DateTimeParseException e) {
            throw new MalformedDataException(
                    "expected an ISO-8601 instant at " + path + "created_at, found '" + e.getParsedString() + "'");
        }
        return new SocialPost(
                id,
                HtmlText.toText(nullableText(post, "content", path)),
                created,
                location,
                blankToNull(nullableText(post, "language", path)),
                blankToNull(url(post, path)),
                origin);
    }

    private static String url(JsonNode post, String path) throws MalformedDataException {
        String url = nullableText(post, "url", path);
        return url != null ? url : nullableText(post, "uri", path);
    }

    private static String nullableText(JsonNode node, String field, String path) throws MalformedDataException {
        try {
            return Fields.nullableText(node, field);
        } catch (MalformedDataException e) {
            throw new MalformedDataException(e.getMessage().replace(" at " + field, " at " + path + field));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
