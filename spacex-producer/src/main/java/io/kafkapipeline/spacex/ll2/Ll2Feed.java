package io.kafkapipeline.spacex.ll2;

import io.kafkapipeline.spacex.Launches;
import java.util.List;
import java.util.Locale;

/** The two Launch Library 2 launch lists: {@code upcoming/} (soonest first) and {@code previous/} (newest first). */
public enum Ll2Feed {
    UPCOMING("net"),
    PREVIOUS("-net");

    private final String ordering;

    Ll2Feed(String ordering) {
        this.ordering = ordering;
    }

    /** The path segment: {@code upcoming} or {@code previous}. */
    public String segment() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The {@code ordering} query parameter. */
    public String ordering() {
        return ordering;
    }

    /** {@code SPACEX_LAUNCHES} in LL2 terms: all = both lists, past = previous, upcoming = upcoming. */
    public static List<Ll2Feed> of(Launches launches) {
        switch (launches) {
            case PAST:
                return List.of(PREVIOUS);
            case UPCOMING:
                return List.of(UPCOMING);
            default:
                return List.of(UPCOMING, PREVIOUS);
        }
    }
}
