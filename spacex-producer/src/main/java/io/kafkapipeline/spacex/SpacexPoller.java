package io.kafkapipeline.spacex;

import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.common.contract.SpacexLaunch;
import io.kafkapipeline.common.json.Json;
import io.kafkapipeline.common.json.MalformedDataException;
import io.kafkapipeline.common.kafka.RecordPublisher;
import io.kafkapipeline.common.runtime.PollLoop;
import io.kafkapipeline.common.runtime.ProgressLog;
import io.kafkapipeline.common.runtime.UnreadableItems;
import io.kafkapipeline.common.source.BodySource;
import io.kafkapipeline.common.source.FatalSourceException;
import io.kafkapipeline.common.source.SourceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll: fetch the launches, make sure the catalogs know every referenced rocket, launchpad and
 * first payload, flatten, and publish the launches that changed since the last poll. A failed
 * fetch or an unreadable body skips the poll with one WARN line; a malformed launch is skipped alone, and the
 * poll's malformed launches are summed up in one WARN line (each one at DEBUG).
 */
public final class SpacexPoller implements PollLoop.Cycle {
    private static final Logger log = LoggerFactory.getLogger(SpacexPoller.class);

    private final BodySource source;
    private final Launches launches;
    private final Catalog rockets;
    private final Catalog launchpads;
    private final Catalog payloads;
    private final LaunchFlattener flattener;
    private final ChangeTracker tracker = new ChangeTracker();
    private final RecordPublisher publisher;
    private final ProgressLog progress;
    private final UnreadableItems unreadable;

    public SpacexPoller(BodySource source, Launches launches, RecordPublisher publisher, ProgressLog progress) {
        this.source = source;
        this.launches = launches;
        this.rockets = new Catalog(source, Launches.ROCKETS);
        this.launchpads = new Catalog(source, Launches.LAUNCHPADS);
        this.payloads = new Catalog(source, Launches.PAYLOADS);
        this.flattener = new LaunchFlattener(rockets, launchpads, payloads);
        this.publisher = publisher;
        this.progress = progress;
        this.unreadable = new UnreadableItems(log, progress, "launches");
    }

    @Override
    public void run() throws FatalSourceException, InterruptedException {
        JsonNode list;
        try {
            list = Json.readTree(source.fetch(launches.path()));
            if (!list.isArray()) {
                throw new MalformedDataException("expected a JSON array of launches");
            }
            rockets.ensure(ids(list, LaunchFlattener::rocketId));
            launchpads.ensure(ids(list, LaunchFlattener::launchpadId));
            payloads.ensure(ids(list, LaunchFlattener::firstPayloadId));
        } catch (FatalSourceException e) {
            throw e;
        } catch (SourceException | MalformedDataException e) {
            progress.recordFailed(e.getMessage());
            log.warn("Skipping this poll of {}: {}", launches.path(), e.getMessage());
            return;
        }
        progress.recordFetched(list.size());
        int changed = 0;
        for (JsonNode launch : list) {
            changed += publishIfChanged(launch) ? 1 : 0;
        }
        unreadable.summarize(list.size());
        flattener.logUnknownReferences();
        log.info("Polled {}: {} launches, {} new or changed sent", launches.path(), list.size(), changed);
    }

    private boolean publishIfChanged(JsonNode launch) {
        SpacexLaunch record;
        try {
            record = flattener.flatten(launch);
        } catch (MalformedDataException e) {
            JsonNode id = launch.path("id");
            unreadable.add(id.isTextual() ? id.textValue() : Json.write(launch), e.getMessage());
            return false;
        }
        return tracker.publishIfChanged(record, publisher);
    }

    private static List<String> ids(JsonNode list, Function<JsonNode, String> ref) {
        return StreamSupport.stream(list.spliterator(), false)
                .map(ref)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(ArrayList::new));
    }
}
