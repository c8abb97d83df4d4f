package io.kafkapipeline.common.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;

/**
 * The items of one poll that could not be read (a launch without an id, a city's body without {@code main.temp};
 * all of them when the API answers in another schema). Each one is counted in the progress log and logged at DEBUG;
 * {@link #summarize} writes one WARN line per poll that a user can act on:
 * {@code 107 of 107 launches unreadable, skipped: expected text at id (missing); first: {"flight_number":1,…}}.
 * Not thread-safe: one instance per poller.
 */
public final class UnreadableItems {
    private static final int CAUSES_SHOWN = 3;
    private static final int LABEL_MAX = 160;

    private final Logger log;
    private final ProgressLog progress;
    private final String noun;
    private final Map<String, Integer> causes = new LinkedHashMap<>();
    private String first;
    private int count;

    /** @param noun the plural of what the items are, e.g. "launches" */
    public UnreadableItems(Logger log, ProgressLog progress, String noun) {
        this.log = log;
        this.progress = progress;
        this.noun = noun;
    }

    /** One unreadable item: {@code label} says which (an id, a city, or a snippet of the item), {@code cause} why. */
    public void add(String label, String cause) {
        String shown = shorten(label);
        progress.recordFailed("unreadable item " + shown + ": " + cause);
        log.debug("Skipping unreadable item {}: {}", shown, cause);
        causes.merge(cause, 1, Integer::sum);
        if (first == null) {
            first = shown;
        }
        count++;
    }

    /** Unreadable items since the last summary. */
    public int count() {
        return count;
    }

    /**
     * Logs one WARN line for the items added since the last summary (nothing when there were none) and starts over.
     *
     * @param total how many items the poll had, readable or not
     */
    public void summarize(int total) {
        if (count == 0) {
            return;
        }
        log.warn("{}", summary(total));
        causes.clear();
        first = null;
        count = 0;
    }

    /* visible for testing */
    String summary(int total) {
        String shown;
        if (causes.size() == 1) {
            shown = causes.keySet().iterator().next();
        } else {
            shown = causes.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(CAUSES_SHOWN)
                    .map(e -> e.getKey() + " (" + e.getValue() + ")")
                    .collect(Collectors.joining(", "));
            if (causes.size() > CAUSES_SHOWN) {
                shown += " and " + (causes.size() - CAUSES_SHOWN) + " other causes";
            }
        }
        return count + " of " + Math.max(total, count) + " " + noun + " unreadable, skipped: " + shown + "; first: "
                + first + " (details at DEBUG)";
    }

    private static String shorten(String label) {
        String oneLine = String.valueOf(label).replaceAll("\\s+", " ").strip();
        return oneLine.length() <= LABEL_MAX ? oneLine : oneLine.substring(0, LABEL_MAX) + "…";
    }
}
