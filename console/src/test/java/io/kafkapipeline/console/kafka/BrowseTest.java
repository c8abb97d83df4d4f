package io.kafkapipeline.console.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kafkapipeline.console.BadRequestException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BrowseTest {

    @Test
    void parametersGiveTheStartThePartitionAndTheFilters() {
        Browse b = Browse.of(
                "weather",
                Map.of(
                        "from",
                        "timestamp",
                        "timestamp",
                        "2026-11-28T06:00",
                        "partition",
                        "2",
                        "key",
                        "Hanoi",
                        "limit",
                        "20"),
                50);
        assertThat(b.start()).isEqualTo(Browse.Start.TIMESTAMP);
        assertThat(b.timestamp()).isEqualTo(Instant.parse("2026-11-28T06:00:00Z"));
        assertThat(b.partition()).isEqualTo(2);
        assertThat(b.limit()).isEqualTo(20);
        assertThat(Browse.of("weather", Map.of("cursor", "0:12,2:7"), 50).cursor())
                .containsExactlyInAnyOrderEntriesOf(Map.of(0, 12L, 2, 7L));
        assertThat(Browse.of("weather", Map.of(), 50).params()).containsEntry("from", "beginning");
    }

    @Test
    void badParametersAreRefusedWithTheReason() {
        assertThatThrownBy(() -> Browse.of("t", Map.of("from", "yesterday"), 50))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("from must be");
        assertThatThrownBy(() -> Browse.of("t", Map.of("limit", "0"), 50)).hasMessageContaining("limit");
        assertThatThrownBy(() -> Browse.of("t", Map.of("from", "timestamp"), 50))
                .hasMessageContaining("timestamp");
        assertThatThrownBy(() -> Browse.of("t", Map.of("cursor", "zero"), 50)).hasMessageContaining("cursor");
    }

    @Test
    void filtersMatchKeyValueAndHeaderIgnoringCase() {
        Message m = new Message(
                "t",
                0,
                1,
                Instant.EPOCH,
                "Hanoi|1",
                "{\"temp\": 30}",
                List.of(new Message.HeaderValue("source", "Replay")));
        assertThat(browse("key", "hanoi").matches(m)).isTrue();
        assertThat(browse("value", "TEMP").matches(m)).isTrue();
        assertThat(browse("header", "source").matches(m)).isTrue();
        assertThat(browse("header", "source=replay").matches(m)).isTrue();
        assertThat(browse("header", "source=live").matches(m)).isFalse();
        assertThat(browse("key", "hue").matches(m)).isFalse();
    }

    private static Browse browse(String filter, String text) {
        return Browse.of("t", Map.of(filter, text), 50);
    }
}
