package io.kafkapipeline.social;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mastodon's pagination header: {@code <...max_id=...>; rel="next", <...min_id=...>; rel="prev"}. {@code next} goes to
 * older posts, {@code prev} to newer ones. Absent when a page is empty.
 */
final class LinkHeader {
    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?([^\";,]+)\"?");

    private LinkHeader() {}

    /** The URL of the link with this {@code rel}, if the header has one. */
    static Optional<String> url(String header, String rel) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher m = LINK.matcher(header);
        while (m.find()) {
            if (m.group(2).strip().equalsIgnoreCase(rel)) {
                return Optional.of(m.group(1).strip());
            }
        }
        return Optional.empty();
    }
}
