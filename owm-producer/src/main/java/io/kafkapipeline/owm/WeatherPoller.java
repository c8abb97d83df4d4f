package io.kafkapipeline.owm;

import io.kafkapipeline.common.contract.WeatherReport;
import io.kafkapipeline.common.json.MalformedDataException;
import io.kafkapipeline.common.kafka.RecordPublisher;
import io.kafkapipeline.common.runtime.PollLoop;
import io.kafkapipeline.common.runtime.ProgressLog;
import io.kafkapipeline.common.runtime.UnreadableItems;
import io.kafkapipeline.common.source.BodySource;
import io.kafkapipeline.common.source.FatalSourceException;
import io.kafkapipeline.common.source.SourceException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll: every configured city is fetched, parsed and published. A city whose fetch fails is logged (one
 * WARN line; a city that is not found only the first time) and skipped; the others go on. Bodies that cannot
 * be read (another schema, truncated) are summed up in one WARN line per poll, each one at DEBUG. Only a
 * rejected API key ends the run.
 */
public final class WeatherPoller implements PollLoop.Cycle {
    private static final Logger log = LoggerFactory.getLogger(WeatherPoller.class);

    private final List<String> cities;
    private final BodySource source;
    private final WeatherParser parser = new WeatherParser();
    private final RecordPublisher publisher;
    private final ProgressLog progress;
    private final Set<String> notFound = new HashSet<>();
    private final UnreadableItems unreadable;

    public WeatherPoller(List<String> cities, BodySource source, RecordPublisher publisher, ProgressLog progress) {
        this.cities = List.copyOf(cities);
        this.source = source;
        this.publisher = publisher;
        this.progress = progress;
        this.unreadable = new UnreadableItems(log, progress, "city responses");
    }

    @Override
    public void run() throws FatalSourceException, InterruptedException {
        try {
            for (String city : cities) {
                poll(city);
            }
        } finally {
            unreadable.summarize(cities.size());
        }
    }

    private void poll(String city) throws FatalSourceException, InterruptedException {
        String body;
        try {
            body = source.fetch(city);
        } catch (FatalSourceException e) {
            throw e;
        } catch (SourceException e) {
            progress.recordFailed(e.getMessage());
            if (e.status() != 404) {
                log.warn("Skipping {} this poll: {}", city, e.getMessage());
            } else if (notFound.add(city)) {
                log.warn("Skipping {}: {}; the other cities continue (logged once)", city, e.getMessage());
            }
            return;
        }
        progress.recordFetched(1);
        WeatherReport report;
        try {
            report = parser.parse(city, body);
        } catch (MalformedDataException e) {
            unreadable.add(city, e.getMessage());
            return;
        }
        notFound.remove(city);
        log.debug("Publishing {}", report);
        publisher.publish(report);
    }
}
