package io.kafkapipeline.kafka.sink.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.datastax.oss.driver.api.core.cql.Row;
import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.connect.ConnectRest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 10,000 records give exactly 10,000 rows, and reading the topic again from offset 0 changes nothing. */
class BulkAndReplayIT extends AbstractSinkIt {

    private static final int LOCATIONS = 100;
    private static final int REPORTS_PER_LOCATION = 100;
    private static final Instant FIRST = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void tenThousandRecordsGiveTenThousandRowsAndAReplayLeavesTheSameRows(LocalStack stack) throws Exception {
        String run = SinkIt.runId();
        List<String> locations = new ArrayList<>();
        Map<String, String> records = new LinkedHashMap<>();
        for (int l = 0; l < LOCATIONS; l++) {
            String location = run + "-loc-" + l;
            locations.add(location);
            for (int r = 0; r < REPORTS_PER_LOCATION; r++) {
                Instant at = FIRST.plusSeconds(3_600L * r);
                records.put(location + "|" + at, SinkIt.weather(location, at, "report " + r));
            }
        }
        String count = "SELECT COUNT(*) FROM kafkapipeline.weatherreport WHERE location IN ?";
        int expected = LOCATIONS * REPORTS_PER_LOCATION;

        SinkIt.send(stack, "weather", records);
        SinkIt.awaitCount(stack, Duration.ofMinutes(5), expected, count, locations);
        Map<String, String> before = snapshot(stack, locations);
        assertThat(before).hasSize(expected);

        SinkIt.send(stack, "weather", records);
        replayFromOffsetZero(stack, run);

        SinkIt.awaitCount(stack, Duration.ofMinutes(1), expected, count, locations);
        assertThat(snapshot(stack, locations)).isEqualTo(before);
    }

    /** A second connector with a new name has no committed offsets, so it reads the whole topic again. */
    private static void replayFromOffsetZero(LocalStack stack, String run) throws Exception {
        ConnectRest connect = new ConnectRest(stack.connectUrl());
        String name = "weathersink-replay-" + run;
        Map<String, String> config = new HashMap<>(connect.config("weathersink").orElseThrow());
        config.put("name", name);
        config.put("errors.deadletterqueue.topic.name", "weather-dlq-" + run);
        connect.putConfig(name, config);
        try {
            await("replay connector " + name + " caught up with topic weather")
                    .atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofSeconds(2))
                    .until(() -> SinkIt.lag(stack, "connect-" + name, "weather"), lag -> lag == 0L);
            assertThat(connect.states(name)).as("%s", connect.status(name)).containsOnly("RUNNING");
        } finally {
            connect.delete(name);
        }
    }

    /** Every row of the locations as text, keyed by primary key. */
    private static Map<String, String> snapshot(LocalStack stack, List<String> locations) {
        Map<String, String> rows = new HashMap<>();
        for (Row row : stack.cqlSession()
                .execute("SELECT * FROM kafkapipeline.weatherreport WHERE location IN ?", locations)) {
            rows.put(
                    row.getString("location") + "|" + row.getInstant("forecastdate"),
                    row.getString("description") + "," + row.getDouble("temp") + "," + row.getInt("pressure") + ","
                            + row.getInt("humidity") + "," + row.getInstant("sunrise"));
        }
        return rows;
    }
}
