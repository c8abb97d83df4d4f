package io.kafkapipeline.consumers.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class StatusLinesTest {

    @Test
    void invalidNamesTopicPartitionOffsetAndReason() {
        assertThat(StatusLines.invalid("weather", 2, 17, "missing required column\n'forecastdate'"))
                .isEqualTo("invalid topic=weather partition=2 offset=17 reason=missing required column 'forecastdate'");
    }

    @Test
    void periodicSummary() {
        assertThat(StatusLines.summary("faker", 123, 2, 12.46, OptionalLong.of(40), null))
                .isEqualTo("summary topic=faker records=125 valid=123 invalid=2 rate=12.5/s lag=40");
    }

    @Test
    void finalSummaryWithUnknownLag() {
        assertThat(StatusLines.summary("spacex", 0, 0, 0, OptionalLong.empty(), "caught-up"))
                .isEqualTo("summary topic=spacex records=0 valid=0 invalid=0 rate=0.0/s lag=? end=caught-up");
    }
}
