package io.kafkapipeline.spacex.ll2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kafkapipeline.common.json.Json;
import io.kafkapipeline.common.json.MalformedDataException;
import io.kafkapipeline.common.source.BodySource;
import io.kafkapipeline.common.source.Recordings;
import io.kafkapipeline.common.source.SourceException;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * Serves recorded Launch Library 2 bodies (src/main/resources/replay/ll2, provenance in its SOURCES.md) for the same
 * URLs as the live API. {@code upcoming/} is the three recorded pages in turn, newest recording first (a 2.2.0
 * detailed, a 2.0.0 normal and a 2.2.0 normal page; all providers, 14 SpaceX launches): each page's {@code next} is
 * rewritten to the request URL with the {@code offset} of the following page, as the API pages. {@code previous/}
 * answers an empty page: no recording of it exists. The data never changes, so after the first poll nothing is
 * re-sent.
 */
public final class ReplayLl2Source implements BodySource {
    static final String FOLDER = "/replay/ll2/";

    /** The recorded upcoming pages, served in this order. */
    static final List<String> UPCOMING_PAGES = List.of(
            "launch_upcoming_v2.2.0_detailed_2026-07-20.json",
            "launch_upcoming_v2.0.0_normal_2025-06.json",
            "launch_upcoming_v2.2.0_normal_lldev_2023-07.json");

    private static final String EMPTY_PAGE = "{\"count\":0,\"next\":null,\"previous\":null,\"results\":[]}";

    @Override
    public String fetch(String pageUrl) throws SourceException {
        HttpUrl url = HttpUrl.parse(pageUrl);
        List<String> segments = url == null ? List.of() : url.pathSegments();
        String feed = segments.size() < 2 ? "" : segments.get(segments.size() - 2);
        if (feed.equals(Ll2Feed.PREVIOUS.segment())) {
            return EMPTY_PAGE;
        }
        if (!feed.equals(Ll2Feed.UPCOMING.segment())) {
            throw new SourceException(404, "replay has no recording for " + pageUrl);
        }
        String offsetParam = url.queryParameter("offset");
        long offset;
        try {
            offset = offsetParam == null ? 0 : Long.parseLong(offsetParam);
        } catch (NumberFormatException e) {
            throw new SourceException(404, "replay has no recording for offset " + offsetParam);
        }
        long start = 0;
        for (int i = 0; i < UPCOMING_PAGES.size(); i++) {
            ObjectNode page = page(UPCOMING_PAGES.get(i));
            int size = page.path("results").size();
            if (start == offset) {
                boolean last = i == UPCOMING_PAGES.size() - 1;
                page.put(
                        "next",
                        last
                                ? null
                                : url.newBuilder()
                                        .setQueryParameter("offset", Long.toString(start + size))
                                        .build()
                                        .toString());
                page.putNull("previous");
                return Json.write(page);
            }
            start += size;
        }
        throw new SourceException(404, "replay has no recorded upcoming page at offset " + offset);
    }

    private static ObjectNode page(String file) {
        try {
            return (ObjectNode) Json.readTree(read(file));
        } catch (MalformedDataException | ClassCastException e) {
            throw new IllegalStateException("bundled " + FOLDER + file + " is not a JSON object", e);
        }
    }

    static String read(String file) {
        return Recordings.read(FOLDER, file);
    }

    @Override
    public String describe() {
        return "replay of recorded Launch Library 2 bodies (upcoming: 3 pages recorded 2026-07-20 (2.2.0),"
                + " 2025-06-07 (2.0.0) and 2023-07 (2.2.0, dev server), 14 SpaceX launches; previous: none recorded)";
    }
}
