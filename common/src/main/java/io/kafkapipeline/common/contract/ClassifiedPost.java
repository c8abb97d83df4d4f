package io.kafkapipeline.common.contract;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.kafkapipeline.common.json.MalformedDataException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One post with its sentiment, as the classifier writes it; topic {@value #TOPIC}, table
 * {@code kafkapipeline.twitterdata}. {@code classification} is {@value #POSITIVE} or {@value #NEGATIVE} (the seed's
 * labels) and {@code score} the probability of {@value #POSITIVE}; the other columns are those of the
 * {@link SocialPost} it was made from.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ClassifiedPost(
        String location,
        Instant tweetDate,
        String postId,
        String tweet,
        String classification,
        double score,
        @Nullable String lang,
        @Nullable String url,
        String source)
        implements TableRecord {

    public static final String TOPIC = "twittersink";
    public static final String TABLE = "twitterdata";
    public static final RecordType<ClassifiedPost> TYPE = new RecordType<>(TOPIC, TABLE, ClassifiedPost.class);

    public static final String POSITIVE = "Positive";
    public static final String NEGATIVE = "Negative";
    public static final List<String> LABELS = List.of(POSITIVE, NEGATIVE);

    public ClassifiedPost {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(tweetDate, "tweet_date");
        Objects.requireNonNull(postId, "post_id");
        Objects.requireNonNull(tweet, "tweet");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(source, "source");
        if (!LABELS.contains(classification)) {
            throw new IllegalArgumentException(
                    "classification must be one of " + LABELS + ", was '" + classification + "'");
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be between 0 and 1, was " + score);
        }
    }

    /** The row of a post, with its label and the probability of {@value #POSITIVE}. */
    public static ClassifiedPost of(SocialPost post, String classification, double score) {
        return new ClassifiedPost(
                post.location(),
                post.tweetDate(),
                post.postId(),
                post.tweet(),
                classification,
                score,
                post.lang(),
                post.url(),
                post.source());
    }

    /** {@code <location>|<tweet_date>|<post_id>}, the same key as the {@link SocialPost}. */
    @Override
    public String key() {
        return location + "|" + tweetDate + "|" + postId;
    }

    public static ClassifiedPost fromJson(String json) throws MalformedDataException {
        return TYPE.parse(json);
    }
}
