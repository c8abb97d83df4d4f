package io.kafkapipeline.social;

import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.config.ConfigDef;
import io.kafkapipeline.common.config.Env;
import io.kafkapipeline.common.contract.SocialPost;
import io.kafkapipeline.common.json.MalformedDataException;
import io.kafkapipeline.common.runtime.ProducerRuntime;
import io.kafkapipeline.common.testing.RecordingSleeper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** A poller wired to a MockProducer, a recording sleeper and a fixed clock. */
final class SocialHarness {
    static final String TOKEN = "FAKE-MASTODON-TOKEN-7c2e91d04b";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-17T20:04:00.000Z"), ZoneOffset.UTC);

    final MockProducer<String, String> producer =
            new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
    final RecordingSleeper sleeper = new RecordingSleeper();
    final ProducerRuntime runtime;
    final SocialPoller poller;

    SocialHarness(Map<String, String> env) {
        Map<String, String> all =
                new HashMap<>(Map.of("HTTP_READ_TIMEOUT_MS", "1500", "HTTP_BACKOFF_INITIAL_MS", "10"));
        all.putAll(env);
        ConfigDef def = SocialConfig.definition();
        Config config = def.parse(Env.of(all));
        runtime = new ProducerRuntime(SocialConfig.COMPONENT, def, config, producer);
        poller = SocialApp.poller(runtime, config, sleeper, CLOCK);
    }

    /** SOURCE=live against a test server; more settings on top. */
    static SocialHarness live(String baseUrl, String tags, String... more) {
        Map<String, String> env =
                new HashMap<>(Map.of("SOURCE", "live", "MASTODON_BASE_URL", baseUrl, "MASTODON_TAGS", tags));
        for (int i = 0; i < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return new SocialHarness(env);
    }

    List<SocialPost> published() throws MalformedDataException {
        List<SocialPost> posts = new ArrayList<>();
        for (ProducerRecord<String, String> record : producer.history()) {
            SocialPost post = SocialPost.fromJson(record.value());
            if (!record.key().equals(post.key()) || !record.topic().equals("twitter")) {
                throw new AssertionError("bad key or topic: " + record);
            }
            posts.add(post);
        }
        return posts;
    }

    static String resource(String path) {
        try (InputStream in = SocialHarness.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String recording(String file) {
        return resource(MastodonRecordings.FOLDER + file);
    }

    static String fixture(String file) {
        return resource("/fixtures/mastodon/" + file);
    }

    static final String RSTATS = recording("timeline_tag_rstats_mastodon.social_2025-07-17.json");
    static final String PUBLIC_SOCIAL = recording("timeline_public_mastodon.social_2025-07-17_filtered.json");
    static final String PUBLIC_FOSSTODON = recording("timeline_public_fosstodon.org_2025-07-17_filtered.json");
    static final String LOCAL_FOSSTODON = recording("timeline_public_local_fosstodon.org_2025-07-17.json");
    static final String ACCOUNT = recording("account_statuses_schochastics_fosstodon.org_2025-07-17_page3.json");
    static final String MSTDN_2017 = recording("timeline_public_mstdn.jp_2017-04-14.json");
    static final String ERROR_401 = fixture("error_401_invalid_token_fosstodon.org_2025-07-17.json");
    static final String ERROR_404 = fixture("error_404_record_not_found_fosstodon.org_2025-07-17.json");
}
