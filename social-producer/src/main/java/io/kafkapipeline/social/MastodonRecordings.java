package io.kafkapipeline.social;

import io.kafkapipeline.common.source.Recordings;
import io.kafkapipeline.social.Timeline.Kind;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The bundled real Mastodon bodies (src/main/resources/replay/mastodon, provenance in its SOURCES.md) and the
 * timeline each was read from.
 */
public final class MastodonRecordings {
    static final String FOLDER = "/replay/mastodon/";

    /** One recorded list of statuses and the timeline it came from. */
    public record Recording(Timeline timeline, String file) {
        public String body() {
            return Recordings.read(FOLDER, file);
        }
    }

    public static final List<Recording> BUNDLED = List.of(
            new Recording(
                    new Timeline(URI.create("https://mastodon.social"), Kind.TAG, "rstats"),
                    "timeline_tag_rstats_mastodon.social_2025-07-17.json"),
            new Recording(
                    new Timeline(URI.create("https://mastodon.social"), Kind.PUBLIC, "public"),
                    "timeline_public_mastodon.social_2025-07-17_filtered.json"),
            new Recording(
                    new Timeline(URI.create("https://fosstodon.org"), Kind.LOCAL, "local"),
                    "timeline_public_local_fosstodon.org_2025-07-17.json"),
            new Recording(
                    new Timeline(URI.create("https://fosstodon.org"), Kind.PUBLIC, "public"),
                    "timeline_public_fosstodon.org_2025-07-17_filtered.json"),
            new Recording(
                    new Timeline(URI.create("https://fosstodon.org"), Kind.ACCOUNT, "schochastics"),
                    "account_statuses_schochastics_fosstodon.org_2025-07-17_page3.json"),
            new Recording(
                    new Timeline(URI.create("https://mstdn.jp"), Kind.PUBLIC, "public"),
                    "timeline_public_mstdn.jp_2017-04-14.json"));

    private MastodonRecordings() {}

    public static String locations() {
        return BUNDLED.stream().map(r -> r.timeline().location()).collect(Collectors.joining(", "));
    }
}
