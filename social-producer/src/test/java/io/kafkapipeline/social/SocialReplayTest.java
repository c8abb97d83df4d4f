package io.kafkapipeline.social;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.common.contract.SocialPost;
import io.kafkapipeline.common.testing.LogCapture;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SocialReplayTest {
    /** The harness clock (2025-07-17T20:04:00Z) is on a 60 s boundary: start = clock. */
    private static final Instant START = SocialHarness.CLOCK.instant();

    @Test
    void replayServesTheRecordedTimelinesFivePostsEachPerPollRestampedUpToNow() throws Exception {
        SocialHarness social = new SocialHarness(Map.of("SOURCE", "replay"));
        social.poller.run();

        List<SocialPost> posts = social.published();
        assertThat(posts).hasSize(5 * MastodonRecordings.BUNDLED.size());
        assertThat(posts.stream().map(SocialPost::location).distinct())
                .containsExactly(
                        "mastodon.social#rstats",
                        "mastodon.social/public",
                        "fosstodon.org/local",
                        "fosstodon.org/public",
                        "fosstodon.org/@schochastics",
                        "mstdn.jp/public");
        assertThat(posts).allSatisfy(p -> {
            assertThat(p.source()).isEqualTo("replay");
            assertThat(p.tweetDate()).isAfter(START.minusSeconds(60)).isBeforeOrEqualTo(START);
        });
        // the oldest recorded #rstats post comes first, with its own text and URL, at a new time and id
        SocialPost first = posts.get(0);
        assertThat(first.tweet()).startsWith("#rstats #FunctionalProgramming");
        assertThat(first.url()).startsWith("https://fed.brid.gy/");
        assertThat(first.tweetDate()).isEqualTo(START.minusSeconds(48));
        assertThat(Long.parseLong(first.postId()) >> 16)
                .isEqualTo(first.tweetDate().toEpochMilli());
    }

    @Test
    void everyPollBringsNewRowsAndTheRecordingsLoop() throws Exception {
        SocialHarness social = new SocialHarness(Map.of("SOURCE", "replay", "REPLAY_POSTS_PER_POLL", "4"));
        for (int i = 0; i < 6; i++) {
            social.poller.run();
        }
        Map<String, List<SocialPost>> byLocation =
                social.published().stream().collect(Collectors.groupingBy(SocialPost::location));
        List<SocialPost> rstats = byLocation.get("mastodon.social#rstats");
        assertThat(rstats).hasSize(24);
        assertThat(rstats).extracting(SocialPost::key).doesNotHaveDuplicates();
        assertThat(rstats).extracting(SocialPost::tweetDate).isSorted();
        // 5 recorded posts, served in a loop: post 6 is post 1 again, 15 s later per post (60 s / 4)
        assertThat(rstats.get(5).tweet()).isEqualTo(rstats.get(0).tweet());
        assertThat(rstats.get(23).tweetDate()).isEqualTo(START.plusSeconds(5 * 60));
    }

    @Test
    void replayCarriesTheBoostAndTheLanguagesAsRecorded() throws Exception {
        SocialHarness social = new SocialHarness(Map.of("SOURCE", "replay", "REPLAY_POSTS_PER_POLL", "20"));
        social.poller.run();
        Map<String, List<SocialPost>> byLocation =
                social.published().stream().collect(Collectors.groupingBy(SocialPost::location));
        assertThat(byLocation.get("fosstodon.org/@schochastics"))
                .anySatisfy(p -> assertThat(p.tweet()).startsWith("I'll be giving my inaugural talk"));
        assertThat(byLocation.get("mstdn.jp/public"))
                .allSatisfy(p -> assertThat(p.lang()).isNull());
        assertThat(byLocation.get("mastodon.social/public"))
                .extracting(SocialPost::lang)
                .containsOnly("en", "de", "fr");
    }

    @Test
    void autoFallsBackToReplayWhenTheApiIsUnreachableAndTheSwitchingPollPublishesTheRecordings() throws Exception {
        try (LogCapture logs = LogCapture.start()) {
            SocialHarness social =
                    new SocialHarness(Map.of("MASTODON_BASE_URL", "http://127.0.0.1:1", "HTTP_MAX_RETRIES", "1"));
            social.poller.run();
            assertThat(logs.text())
                    .contains(
                            "SOURCE=auto: reading live API, timelines 127.0.0.1:1#spacex, 127.0.0.1:1#weather",
                            "Live API unreachable",
                            "switches to replay");
            assertThat(social.published())
                    .hasSize(5 * MastodonRecordings.BUNDLED.size())
                    .allSatisfy(p -> assertThat(p.source()).isEqualTo("replay"));
        }
    }
}
