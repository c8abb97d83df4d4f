package io.kafkapipeline.common.contract;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.kafkapipeline.common.json.Json;
import io.kafkapipeline.common.json.MalformedDataException;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One public post as social-producer reads it (Mastodon; the seed's Twitter flow), before classification; topic
 * {@value #TOPIC}. Not a table of its own: the classifier turns it into a {@link ClassifiedPost}, and every field
 * here is a column of that table with the same name (a test keeps them in line).
 *
 * @param postId the post's id on the instance it was read from (a 64-bit number, kept as text)
 * @param tweet the post as plain text (HTML converted); may be empty
 * @param tweetDate when the post was written (UTC)
 * @param location where it was read: instance and timeline, e.g. {@code mastodon.social#spacex}
 * @param lang the ISO 639-1 code the post declares, or null
 * @param url the post's web page, or null
 * @param source {@code live} or {@code replay}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SocialPost(
        String postId,
        String tweet,
        Instant tweetDate,
        String location,
        @Nullable String lang,
        @Nullable String url,
        String source) {

    public static final String TOPIC = "twitter";

    public SocialPost {
        Objects.requireNonNull(postId, "post_id");
        Objects.requireNonNull(tweet, "tweet");
        Objects.requireNonNull(tweetDate, "tweet_date");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(source, "source");
    }

    /** {@code <location>|<tweet_date>|<post_id>}: the primary key of the row it becomes. */
    public String key() {
        return location + "|" + tweetDate + "|" + postId;
    }

    public String toJson() {
        return Json.write(this);
    }

    /** Strict read: unknown fields, missing fields and nulls in required fields fail. */
    public static SocialPost fromJson(String json) throws MalformedDataException {
        return Json.readRecord(json, SocialPost.class);
    }
}
