package io.kafkapipeline.spacex.ll2;

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
import io.kafkapipeline.spacex.ChangeTracker;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of Launch Library 2: for each feed, the pages from the first one along {@code next}, SpaceX launches
 * flattened and published when their record changed since it was last sent. {@code upcoming/} is read to its end at
 * every poll. {@code previous/} (newest first) is read to its end until that has worked once (a failed page is
 * where the next poll resumes), then only its first {@code previousPages} pages per poll. A failed fetch or an
 * unreadable page ends that feed for this poll with one WARN line; unreadable launches are skipped and summed up in
 * one WARN line per poll. The request budget is the source's business (a paced fetcher).
 */
public final class Ll2Poller implements PollLoop.Cycle {
    private static final Logger log = LoggerFactory.getLogger(Ll2Poller.class);

    /** Where one feed stands: has it been read to its end once, and where a walk that failed goes on. */
    private static final class FeedState {
        boolean readToEnd;
        String resumeAt;
    }

    private final BodySource source;
    private final Ll2Api api;
    private final List<Ll2Feed> feeds;
    private final int pageSize;
    private final int previousPages;
    private final Ll2Flattener flattener = new Ll2Flattener();
    private final ChangeTracker tracker = new ChangeTracker();
    private final Map<Ll2Feed, FeedState> state = new EnumMap<>(Ll2Feed.class);
    private final RecordPublisher publisher;
    private final ProgressLog progress;
    private final UnreadableItems unreadable;

    public Ll2Poller(
            BodySource source,
            Ll2Api api,
            List<Ll2Feed> feeds,
            int pageSize,
            int previousPages,
            RecordPublisher publisher,
            ProgressLog progress) {
        this.source = source;
        this.api = api;
        this.feeds = List.copyOf(feeds);
        this.pageSize = pageSize;
        this.previousPages = previousPages;
        this.publisher = publisher;
        this.progress = progress;
        this.unreadable = new UnreadableItems(log, progress, "launches");
        feeds.forEach(f -> state.put(f, new FeedState()));
    }

    @Override
    public void run() throws FatalSourceException, InterruptedException {
        int spacex = 0;
        for (Ll2Feed feed : feeds) {
            spacex += poll(feed);
        }
        unreadable.summarize(spacex);
    }

    /** Reads one feed; returns the number of SpaceX launches seen (readable or not). */
    private int poll(Ll2Feed feed) throws FatalSourceException, InterruptedException {
        FeedState feedState = state.get(feed);
        boolean toTheEnd = feed == Ll2Feed.UPCOMING || !feedState.readToEnd;
        int maxPages = toTheEnd ? Integer.MAX_VALUE : previousPages;
        String url = feedState.resumeAt != null ? feedState.resumeAt : api.firstPage(feed, pageSize);
        int pages = 0;
        int launches = 0;
        int spacex = 0;
        int changed = 0;
        while (url != null && pages < maxPages) {
            Ll2Page page;
            try {
                page = Ll2Page.parse(source.fetch(url));
            } catch (FatalSourceException e) {
                throw e;
            } catch (SourceException | MalformedDataException e) {
                if (!feedState.readToEnd && feed == Ll2Feed.PREVIOUS) {
                    feedState.resumeAt = url;
                }
                progress.recordFailed(e.getMessage());
                log.warn(
                        "Skipping the rest of this poll of {} (page {}{}): {}",
                        api.path(feed),
                        pages + 1,
                        feedState.resumeAt == null ? "" : "; the next poll resumes there",
                        e.getMessage());
                break;
            }
            pages++;
            launches += page.results().size();
            for (JsonNode launch : page.results()) {
                Boolean sent = publishIfSpacex(launch);
                if (sent != null) {
                    spacex++;
                    changed += sent ? 1 : 0;
                }
            }
            progress.recordFetched(page.results().size());
            url = api.onThisHost(page.next());
            if (url == null && feed == Ll2Feed.PREVIOUS) {
                feedState.readToEnd = true;
                feedState.resumeAt = null;
            } else if (!feedState.readToEnd && feed == Ll2Feed.PREVIOUS) {
                feedState.resumeAt = url;
            }
        }
        log.info(
                "Polled {}: {} page(s), {} launches, {} SpaceX, {} new or changed sent",
                api.path(feed),
                pages,
                launches,
                spacex,
                changed);
        return spacex;
    }

    /** Null: not a SpaceX launch; true: published; false: unchanged or unreadable. */
    private Boolean publishIfSpacex(JsonNode launch) {
        SpacexLaunch record;
        try {
            if (!flattener.isSpacex(launch)) {
                return null;
            }
            record = flattener.flatten(launch);
        } catch (MalformedDataException e) {
            unreadable.add(label(launch), e.getMessage());
            return false;
        }
        return tracker.publishIfChanged(record, publisher);
    }

    private static String label(JsonNode launch) {
        JsonNode id = launch.path("id");
        return id.isTextual() ? id.textValue() : Json.write(launch);
    }
}
