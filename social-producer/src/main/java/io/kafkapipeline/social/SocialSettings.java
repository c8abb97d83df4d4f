package io.kafkapipeline.social;

import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.config.ConfigException;
import io.kafkapipeline.social.Timeline.Kind;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The timelines to read, from MASTODON_BASE_URL, MASTODON_TAGS and MASTODON_PUBLIC, checked once at start. */
record SocialSettings(List<URI> instances, List<Timeline> timelines) {

    static SocialSettings from(Config config) {
        List<URI> instances = new ArrayList<>();
        for (String raw : config.get(SocialConfig.BASE_URLS)) {
            instances.add(baseUrl(raw));
        }
        List<String> tags = new ArrayList<>();
        for (String raw : config.get(SocialConfig.TAGS)) {
            String tag = raw.startsWith("#") ? raw.substring(1) : raw;
            if (!tag.matches("[\\p{L}\\p{N}_]+")) {
                throw new ConfigException("Invalid " + SocialConfig.TAGS.name() + " item '" + raw
                        + "': a hashtag is letters, digits and _ only");
            }
            tags.add(tag.toLowerCase(Locale.ROOT));
        }
        String publicTimeline = config.get(SocialConfig.PUBLIC);
        List<Timeline> timelines = new ArrayList<>();
        for (URI instance : instances) {
            for (String tag : tags) {
                timelines.add(Timeline.tag(instance, tag));
            }
            if (publicTimeline.equals("local")) {
                timelines.add(new Timeline(instance, Kind.LOCAL, "local"));
            } else if (publicTimeline.equals("federated")) {
                timelines.add(new Timeline(instance, Kind.PUBLIC, "public"));
            }
        }
        return new SocialSettings(List.copyOf(instances), List.copyOf(timelines));
    }

    private static URI baseUrl(String raw) {
        try {
            URI uri = new URI(raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new URISyntaxException(raw, "not http(s)");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigException("Invalid " + SocialConfig.BASE_URLS.name() + " item '" + raw
                    + "': must be an http:// or https:// URL");
        }
    }
}
