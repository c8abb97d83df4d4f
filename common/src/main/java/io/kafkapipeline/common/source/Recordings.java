package io.kafkapipeline.common.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The recorded API bodies a producer bundles under {@code src/main/resources/replay/} (provenance in SOURCES.md). */
public final class Recordings {

    private Recordings() {}

    /**
     * The text of a bundled recording; a missing one is a broken build, not bad input, so it fails loudly.
     *
     * @param folder the resource folder with a leading and trailing slash, e.g. {@code /replay/owm/}
     */
    public static String read(String folder, String file) {
        try (InputStream in = Recordings.class.getResourceAsStream(folder + file)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled recording " + folder + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
