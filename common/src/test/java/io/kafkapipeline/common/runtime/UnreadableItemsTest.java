package io.kafkapipeline.common.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.common.config.Redactor;
import io.kafkapipeline.common.testing.LogCapture;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class UnreadableItemsTest {
    private final ProgressLog progress = new ProgressLog("test", Redactor.NONE);
    private final UnreadableItems items =
            new UnreadableItems(LoggerFactory.getLogger(UnreadableItemsTest.class), progress, "launches");

    @Test
    void aWholePollInAnotherSchemaIsOneWarnLine() {
        try (LogCapture logs = LogCapture.start()) {
            for (int i = 1; i <= 107; i++) {
                items.add(
                        "{\"flight_number\":" + i + ",\"mission_name\":\"FalconSat\"}",
                        "expected text at id (missing)");
            }
            items.summarize(107);
            assertThat(logs.lines())
                    .singleElement()
                    .asString()
                    .contains(
                            "WARN",
                            "107 of 107 launches unreadable, skipped: expected text at id (missing); first:"
                                    + " {\"flight_number\":1,\"mission_name\":\"FalconSat\"} (details at DEBUG)");
        }
        assertThat(progress.failed()).isEqualTo(107);
        assertThat(progress.lastError()).contains("flight_number\":107");
    }

    @Test
    void severalCausesAreCountedMostFrequentFirst() {
        items.add("a", "date is not an instant: x");
        items.add("b", "expected text at id (missing)");
        items.add("c", "expected text at id (missing)");
        items.add("d", "cause 3");
        items.add("e", "cause 4");
        assertThat(items.summary(193))
                .isEqualTo(
                        "5 of 193 launches unreadable, skipped: expected text at id (missing) (2),"
                                + " date is not an instant: x (1), cause 3 (1) and 1 other causes; first: a (details at DEBUG)");
    }

    @Test
    void nothingUnreadableLogsNothingAndASummaryStartsOver() {
        try (LogCapture logs = LogCapture.start()) {
            items.summarize(9);
            items.add(" a long\nlabel ".repeat(40), "bad");
            items.summarize(9);
            items.summarize(9);
            assertThat(logs.lines("WARN")).singleElement().asString().contains("1 of 9", "first: a long label a long");
            assertThat(logs.lines("WARN").get(0)).hasSizeLessThan(400).contains("…");
        }
        assertThat(items.count()).isZero();
    }
}
