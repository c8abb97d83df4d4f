package io.kafkapipeline.datavis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.kafkapipeline.common.contract.ClassifiedPost;
import io.kafkapipeline.datavis.chart.NoData;
import io.kafkapipeline.datavis.frame.Frame;
import io.kafkapipeline.datavis.testing.Images;
import io.kafkapipeline.datavis.testing.SampleTables;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TwitterChartsTest {

    /** Two locations over two hours: #spacex 3 in 4 positive, #weather 1 in 4. */
    private static Frame posts() {
        List<ClassifiedPost> rows = new ArrayList<>();
        Instant start = Instant.parse("2026-01-01T10:00:00Z");
        for (int i = 0; i < 120; i++) {
            Instant t = start.plusSeconds(60L * i);
            rows.add(post("mastodon.social#spacex", t, "s" + i, i % 4 == 0 ? "Negative" : "Positive"));
            rows.add(post("mastodon.social#weather", t, "w" + i, i % 4 == 0 ? "Positive" : "Negative"));
        }
        return SampleTables.frame(SampleTables.TWITTER, rows);
    }

    private static ClassifiedPost post(String location, Instant t, String id, String label) {
        return new ClassifiedPost(location, t, id, "a post", label, 0.5, "en", null, "replay");
    }

    @Test
    void everyChartDrawsTheDataOfEachLocation() {
        for (BufferedImage image : List.of(
                TwitterCharts.sentimentOverTime(posts()),
                TwitterCharts.sharePositive(posts()),
                TwitterCharts.volume(posts()))) {
            assertThat(image.getWidth()).isGreaterThan(100);
            assertThat(Images.saturatedPixels(image, 40))
                    .as("series drawn in colour")
                    .isGreaterThan(200);
        }
    }

    @Test
    void bucketsAreAboutAThirtiethOfTheSpanInWholeMinutes() {
        assertThat(TwitterCharts.bucket(posts())).isEqualTo(Duration.ofMinutes(3)); // 119 min / 30
        assertThat(TwitterCharts.topLocations(posts()))
                .containsOnlyKeys("mastodon.social#spacex", "mastodon.social#weather");
        assertThat(TwitterCharts.topLocations(posts())
                        .get("mastodon.social#spacex")
                        .size())
                .isEqualTo(120);
    }

    @Test
    void anEmptyTableSaysSoInsteadOfAnEmptyChart() {
        Frame empty = SampleTables.empty(SampleTables.TWITTER);
        BufferedImage none = TwitterCharts.volume(empty);
        assertThat(Images.samePixels(none, NoData.image("Posts per location over time", "twitterdata is empty")))
                .isTrue();
    }
}
