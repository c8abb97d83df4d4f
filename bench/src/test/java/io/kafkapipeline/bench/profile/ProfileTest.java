package io.kafkapipeline.bench.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileTest {

    private static double sink;

    @Test
    void samplesOfBusyBenchmarkCodeLandInItsCategory(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("busy.jfr");
        try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
            recording.start();
            long end = System.nanoTime() + 1_500_000_000L;
            while (System.nanoTime() < end) {
                sink += Math.sqrt(sink + System.nanoTime());
            }
            recording.stop();
            recording.dump(file);
        }

        Profile profile = Profile.read(file, 5);

        assertThat(Files.size(file)).isPositive();
        assertThat(profile.samples()).isPositive();
        assertThat(profile.categories()).containsKey("benchmark client");
        assertThat(profile.categories().values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum())
                .isCloseTo(100.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(profile.topFrames()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
    }
}
