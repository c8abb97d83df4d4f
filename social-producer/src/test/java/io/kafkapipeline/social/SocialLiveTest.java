package io.kafkapipeline.social;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.kafkapipeline.common.contract.SocialPost;
import io.kafkapipeline.common.json.Json;
import io.kafkapipeline.common.testing.LogCapture;
import io.kafkapipeline.common.testing.MastodonRateLimit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The recorded timelines served over HTTP: every field, HTML to text, boosts, paging, rate limits, the token. */
class SocialLiveTest {

    /** The end of the rate-limit window in the tests that read it: 60.92355 s after the harness clock. */
    private static final String RESET = "2025-07-17T20:05:00.923550Z";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @StartStop
    private final MockWebServer other = new MockWebServer();

    private String base() {
        return server.url("/").toString();
    }

    private String instance() {
        return server.url("/").host() + ":" + server.url("/").port();
    }

    private static MockResponse ok(String body) {
        return new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json; charset=utf-8")
                .body(body)
                .build();
    }

    @Test
    void publishesEveryPostOfATagTimelineOldestFirstWithEveryField() throws Exception {
        server.enqueue(ok(SocialHarness.RSTATS));
        SocialHarness social = SocialHarness.live(base(), "rstats");
        social.poller.run();

        List<SocialPost> posts = social.published();
        assertThat(posts)
                .extracting(SocialPost::postId)
                .containsExactly(
                        "114869144089828147",
                        "114869166181027661",
                        "114869598531117045",
                        "114869631572884594",
                        "114870142396314555");
        assertThat(posts.get(0))
                .isEqualTo(new SocialPost(
                        "114869144089828147",
                        "#rstats #FunctionalProgramming github.com/mailund/tailr GitHub - mailund/tailr: Automa...",
                        Instant.parse("2025-07-17T14:53:54.917Z"),
                        instance() + "#rstats",
                        "en",
                        "https://fed.brid.gy/r/https://bsky.app/profile/did:plc:hmk4f5yf3ohtsvw32sbtwvk3/post/3lu66quubp22m",
                        "live"));
        assertThat(posts.get(2).tweet())
                .startsWith("Fun thing that @snystrom and I found today for those using #AWS in #Rstats");
        assertThat(posts).allSatisfy(p -> assertThat(p.tweet()).doesNotContain("<", "&amp;", "\n"));
        assertThat(social.producer.history().get(0).key())
                .isEqualTo(instance() + "#rstats|2025-07-17T14:53:54.917Z|114869144089828147");

        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/timelines/tag/rstats");
        assertThat(request.getUrl().queryParameter("limit")).isEqualTo("40");
        assertThat(request.getUrl().queryParameter("min_id")).isNull();
        assertThat(request.getHeaders().get("Authorization")).isNull();
        assertThat(social.runtime.progress().fetched()).isEqualTo(5);
        assertThat(social.runtime.progress().failed()).isZero();
    }

    @Test
    void htmlBecomesTheTextAReaderSees() throws Exception {
        SocialHarness social = SocialHarness.live(base(), "unused", "MASTODON_PUBLIC", "federated");
        server.enqueue(ok("[]")); // #unused
        server.enqueue(ok(SocialHarness.PUBLIC_SOCIAL)); // the public timeline
        social.poller.run();

        Map<String, String> text = new java.util.HashMap<>();
        social.published().forEach(p -> text.put(p.postId(), p.tweet()));
        // a link cut into spans by Mastodon joins up again; paragraphs become spaces
        assertThat(text.get("114870361973436726"))
                .isEqualTo("Natüürlich. \"The UK and Germany have agreed a plan to create a new, direct rail link"
                        + " between London and Berlin as part of a wide-ranging treaty.\""
                        + " https://www.bbc.com/news/articles/cq6m10g7e35o");
        // entities decoded, <br /> is a space
        assertThat(text.get("114870361613120425"))
                .isEqualTo("Grin is a grocer living in Nanohana, and Krin's brother. He appears in One Piece Odyssey."
                        + " https://antifandom.com/onepiece/wiki/Grin");
        assertThat(text.get("114870361691086971")).contains("It doesn't read like");
        // a quote post's "RE: <url>" is hidden, as in Mastodon's web page
        assertThat(text.get("114870361817686950"))
                .isEqualTo("This is just ridiculous! Everyone needs a GOP free body!");
        // hashtags keep their #
        assertThat(text.get("114870361691691226")).contains("#Bewegung", "#Schlaf");
    }

    @Test
    void aBoostStandsForTheBoostedPostAndANullLanguageStaysNull() throws Exception {
        server.enqueue(ok(SocialHarness.ACCOUNT));
        SocialHarness social = SocialHarness.live(base(), "rstats");
        social.poller.run();

        SocialPost boosted = social.published().stream()
                .filter(p -> p.postId().equals("112525606646148711"))
                .findFirst()
                .orElseThrow();
        assertThat(boosted.tweet())
                .startsWith("I'll be giving my inaugural talk next week")
                .contains("📅 Date: June 5th 📍 Venue: “Data Theatre” (ZT1204)", "#AcademicMilestone #DataScience");
        assertThat(boosted.lang()).isEqualTo("en");
        assertThat(boosted.url()).isEqualTo("https://fosstodon.org/@termehs/112525606646148711");
        assertThat(boosted.tweetDate()).isBefore(Instant.parse("2024-05-29T20:13:10.797Z"));
        assertThat(social.published()).extracting(SocialPost::postId).doesNotContain("112526202686547299");
        assertThat(social.published()).hasSize(20);

        server.enqueue(ok(SocialHarness.MSTDN_2017));
        SocialHarness old = SocialHarness.live(base(), "rstats");
        old.poller.run();
        assertThat(old.published())
                .hasSize(20)
                .allSatisfy(p -> assertThat(p.lang()).isNull());
        assertThat(old.published().get(0).postId()).isEqualTo("172398");
    }

    @Test
    void laterPollsAskForWhatCameAfterTheNewestPostAndFollowTheLinkToNewerPages() throws Exception {
        ArrayNode all = (ArrayNode) Json.readTree(SocialHarness.RSTATS); // newest first: ids [4]..[0]
        SocialHarness social = SocialHarness.live(base(), "rstats", "MASTODON_LIMIT", "2", "MASTODON_MAX_PAGES", "5");
        // poll 1: the newest page only (2 posts), whatever its Link says
        server.enqueue(page(all, 3, 5, "<" + base() + "api/v1/timelines/tag/rstats?limit=2&max_id=1>; rel=\"next\""));
        social.poller.run();
        assertThat(social.published()).extracting(SocialPost::postId).containsExactly(id(all, 4), id(all, 3));

        // poll 2: min_id = the newest id seen; a full page links to newer posts (rel="prev"); a short page is the
        // last one
        String prev = base() + "api/v1/timelines/tag/rstats?limit=2&min_id=" + id(all, 1);
        server.enqueue(page(all, 1, 3, "<" + prev + ">; rel=\"prev\""));
        server.enqueue(page(all, 0, 1, "<" + base() + "api/v1/timelines/tag/rstats?min_id=1>; rel=\"prev\""));
        social.poller.run();
        server.takeRequest();
        assertThat(server.takeRequest().getUrl().queryParameter("min_id")).isEqualTo(id(all, 3));
        assertThat(server.takeRequest().getUrl().toString()).isEqualTo(prev);
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(social.published())
                .extracting(SocialPost::postId)
                .containsExactly(id(all, 4), id(all, 3), id(all, 2), id(all, 1), id(all, 0));

        // poll 3: starts after the newest of poll 2; an empty page (Mastodon sends no Link then) ends it
        server.enqueue(page(all, 0, 0, null));
        social.poller.run();
        assertThat(server.takeRequest().getUrl().queryParameter("min_id")).isEqualTo(id(all, 0));
        assertThat(social.published()).hasSize(5);
    }

    @Test
    void aLinkToAnotherHostIsNotFollowed() throws Exception {
        ArrayNode all = (ArrayNode) Json.readTree(SocialHarness.RSTATS);
        SocialHarness social = SocialHarness.live(base(), "rstats", "MASTODON_LIMIT", "2");
        server.enqueue(page(all, 3, 5, null));
        social.poller.run();
        server.enqueue(page(all, 1, 3, "<" + other.url("/api/v1/timelines/tag/rstats?min_id=9") + ">; rel=\"prev\""));
        social.poller.run();
        assertThat(other.getRequestCount()).isZero();
        assertThat(social.published()).hasSize(4);
    }

    @Test
    void whenTheRateLimitWindowIsUsedUpTheNextRequestWaitsForItsReset() throws Exception {
        SocialHarness social = twoTimelinesWithRequestsLeft(1);
        try (LogCapture logs = LogCapture.start()) {
            social.poller.run();
            assertThat(logs.lines("INFO"))
                    .anySatisfy(l -> assertThat(l).contains("1 of 300 requests left", "waiting 60 s until it resets"));
        }
        assertThat(social.sleeper.sleeps())
                .containsExactly(Duration.ofMillis(60_923).plusNanos(550_000));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void plentyOfRequestsLeftMeansNoWait() throws Exception {
        SocialHarness social = twoTimelinesWithRequestsLeft(297);
        social.poller.run();
        assertThat(social.sleeper.sleeps()).isEmpty();
    }

    @Test
    void theTokenGoesToTheFirstInstanceOnlyAndTheLocalTimelineAsksForLocalPosts() throws Exception {
        SocialHarness social = SocialHarness.live(
                base() + "," + other.url("/"),
                "#Weather",
                "MASTODON_TOKEN",
                SocialHarness.TOKEN,
                "MASTODON_PUBLIC",
                "local");
        server.enqueue(ok("[]")); // #weather
        server.enqueue(ok(SocialHarness.LOCAL_FOSSTODON)); // local
        other.enqueue(ok(SocialHarness.PUBLIC_FOSSTODON)); // #weather
        other.enqueue(ok("[]")); // local
        social.poller.run();

        RecordedRequest tag = server.takeRequest();
        assertThat(tag.getUrl().encodedPath()).isEqualTo("/api/v1/timelines/tag/weather");
        assertThat(tag.getHeaders().get("Authorization")).isEqualTo("Bearer " + SocialHarness.TOKEN);
        RecordedRequest local = server.takeRequest();
        assertThat(local.getUrl().encodedPath()).isEqualTo("/api/v1/timelines/public");
        assertThat(local.getUrl().queryParameter("local")).isEqualTo("true");
        assertThat(other.takeRequest().getHeaders().get("Authorization")).isNull();
        assertThat(social.published())
                .extracting(SocialPost::location)
                .containsOnly(
                        instance() + "/local",
                        other.url("/").host() + ":" + other.url("/").port() + "#weather");
    }

    /**
     * Two tag timelines; the first answers with {@code remaining} of 300 requests left until {@link #RESET} (the
     * harness clock is 2025-07-17T20:04:00Z), the second with no post.
     */
    private SocialHarness twoTimelinesWithRequestsLeft(int remaining) {
        server.enqueue(MastodonRateLimit.window(200, remaining, RESET)
                .body(SocialHarness.RSTATS)
                .build());
        server.enqueue(ok("[]"));
        return SocialHarness.live(base(), "rstats,spacex");
    }

    private static MockResponse page(ArrayNode all, int from, int to, String link) {
        ArrayNode page = Json.mapper().createArrayNode();
        for (int i = from; i < to; i++) {
            page.add(all.get(i));
        }
        MockResponse.Builder builder = new MockResponse.Builder().code(200).body(page.toString());
        if (link != null) {
            builder.addHeader("Link", link);
        }
        return builder.build();
    }

    private static String id(JsonNode all, int index) {
        return all.get(index).get("id").asText();
    }
}
