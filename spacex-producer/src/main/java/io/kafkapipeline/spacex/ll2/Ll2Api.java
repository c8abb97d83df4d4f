package io.kafkapipeline.spacex.ll2;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * The Launch Library 2 root of {@code LL2_BASE_URL} (e.g. {@code https://ll.thespacedevs.com/2.3.0}): the version
 * decides the launch paths ({@code launches/} from 2.3.0 on, {@code launch/} before), and every request, {@code next}
 * pages included, goes to that root's scheme, host and port (so the API key is sent nowhere else).
 */
public final class Ll2Api {
    /** SpaceX's agency id in Launch Library 2 (the same in every version). */
    public static final int SPACEX_PROVIDER_ID = 121;

    private static final Pattern VERSION = Pattern.compile(".*/(2)\\.(\\d+)\\.(\\d+)");
    private static final String VERSION_PROBLEM = "must be the API root ending in its version (2.0.0, 2.2.0,"
            + " 2.3.0, ...), e.g. https://ll.thespacedevs.com/2.3.0";

    private final HttpUrl base;
    private final String version;
    private final String launchesSegment;

    public Ll2Api(URI baseUrl) {
        Matcher m = VERSION.matcher(pathOf(baseUrl));
        if (!m.matches()) {
            throw new IllegalArgumentException(VERSION_PROBLEM);
        }
        this.base = HttpUrl.get(baseUrl.toString());
        this.version = m.group(1) + "." + m.group(2) + "." + m.group(3);
        this.launchesSegment = Integer.parseInt(m.group(2)) >= 3 ? "launches" : "launch";
    }

    /** Why {@code LL2_BASE_URL} is not usable, or null (for {@code ConfigKey.withCheck}). */
    public static String versionProblem(URI baseUrl) {
        return VERSION.matcher(pathOf(baseUrl)).matches() ? null : VERSION_PROBLEM;
    }

    private static String pathOf(URI uri) {
        return uri.getPath() == null ? "" : uri.getPath();
    }

    public String version() {
        return version;
    }

    /** E.g. {@code /2.3.0/launches/upcoming/}, for log lines. */
    public String path(Ll2Feed feed) {
        return base.encodedPath() + "/" + launchesSegment + "/" + feed.segment() + "/";
    }

    /** The first page of a feed: SpaceX only (server side), normal mode (list mode lacks the rocket and the pad). */
    public String firstPage(Ll2Feed feed, int limit) {
        return base.newBuilder()
                .addPathSegment(launchesSegment)
                .addPathSegment(feed.segment())
                .addPathSegment("")
                .addQueryParameter("lsp__id", Integer.toString(SPACEX_PROVIDER_ID))
                .addQueryParameter("mode", "normal")
                .addQueryParameter("ordering", feed.ordering())
                .addQueryParameter("limit", Integer.toString(limit))
                .build()
                .toString();
    }

    /**
     * A {@code next} link of a page, moved onto this root's scheme, host and port (path and query kept), or null when
     * it is null or not a URL.
     */
    public String onThisHost(String next) {
        HttpUrl url = next == null ? null : HttpUrl.parse(next);
        if (url == null) {
            return null;
        }
        return url.newBuilder()
                .scheme(base.scheme())
                .host(base.host())
                .port(base.port())
                .build()
                .toString();
    }

    @Override
    public String toString() {
        return base.toString();
    }
}
