package io.kafkapipeline.social;

import java.net.URI;
import java.util.Locale;

/**
 * One timeline of one instance: a hashtag, the public timeline (federated or local), or, for a bundled recording,
 * an account's posts. Its {@link #location()} is the {@code location} column of every post read from it.
 */
public record Timeline(URI base, Kind kind, String name) {

    public enum Kind {
        TAG,
        PUBLIC,
        LOCAL,
        ACCOUNT
    }

    public static Timeline tag(URI base, String tag) {
        return new Timeline(base, Kind.TAG, tag.toLowerCase(Locale.ROOT));
    }

    /** The instance, e.g. {@code mastodon.social} (with the port when the URL names one). */
    public String instance() {
        return base.getAuthority();
    }

    /**
     * Where the posts were read: {@code mastodon.social#spacex}, {@code mastodon.social/public},
     * {@code fosstodon.org/local} or {@code fosstodon.org/@schochastics}.
     */
    public String location() {
        return switch (kind) {
            case TAG -> instance() + "#" + name;
            case PUBLIC -> instance() + "/public";
            case LOCAL -> instance() + "/local";
            case ACCOUNT -> instance() + "/@" + name;
        };
    }

    @Override
    public String toString() {
        return location();
    }
}
