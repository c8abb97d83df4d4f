package io.kafkapipeline.bench.stage;

import io.kafkapipeline.bench.profile.Jfr;
import io.kafkapipeline.bench.profile.Profile;
import io.kafkapipeline.bench.report.BenchReport;
import io.kafkapipeline.bench.report.Figure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * {@code --profile}: JFR recordings of the processes of one extra trial (the Connect worker and Cassandra for a sink
 * trial, this JVM as the driver's client and Cassandra for baseline A), summarised into the report: the share of CPU
 * samples per category, the top frames, GC pauses. The recorded trials are not among the measured ones (sampling
 * costs the recorded processes time). The recordings stay in the profile folder for {@code jfr}.
 */
final class SinkProfiler {

    static final String STAGE = "1b. Where the CPU goes (JFR, --profile)";

    private final BenchReport report;
    private final Path dir;

    SinkProfiler(BenchReport report, Path dir) {
        this.report = report;
        this.dir = dir;
    }

    /** Recordings running for one trial; {@link #end()} stops them and reports. */
    final class Session {
        private final String label;
        private final Map<String, Jfr> others = new LinkedHashMap<>();
        private final Recording self;

        private Session(String label, Map<String, Long> processes, boolean recordSelf) {
            this.label = label;
            processes.forEach((name, pid) -> others.put(name, Jfr.start(pid)));
            if (recordSelf) {
                try {
                    self = new Recording(Configuration.getConfiguration("profile"));
                } catch (IOException | java.text.ParseException e) {
                    throw new IllegalStateException("no JFR profile settings: " + e.getMessage(), e);
                }
                self.start();
            } else {
                self = null;
            }
        }

        void end() {
            List<Map.Entry<String, Path>> files = new ArrayList<>();
            if (self != null) {
                self.stop();
                Path file = dir.resolve(fileName(label, "client"));
                try {
                    self.dump(file);
                } catch (IOException e) {
                    throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
                } finally {
                    self.close();
                }
                files.add(Map.entry("client (driver)", file));
            }
            others.forEach((name, jfr) -> files.add(Map.entry(name, jfr.stop(dir.resolve(fileName(label, name))))));
            for (Map.Entry<String, Path> f : files) {
                summarise(label, f.getKey(), f.getValue());
            }
        }
    }

    Session begin(String label, Map<String, Long> processes, boolean recordSelf) {
        return new Session(label, processes, recordSelf);
    }

    private void summarise(String label, String process, Path file) {
        Profile profile;
        try {
            profile = Profile.read(file, 8);
        } catch (IOException e) {
            report.note(STAGE, "cannot read " + file + ": " + e.getMessage());
            return;
        }
        String who = process + ", " + label;
        profile.categories()
                .forEach((category, share) -> report.add(new Figure(
                        STAGE, who + ": " + category, "% of samples", List.of(share), profile.samples() + " samples")));
        report.note(
                STAGE,
                who + ": " + profile.samples() + " samples, GC pauses " + Math.round(profile.gcMillis())
                        + " ms; top frames (self): " + String.join("; ", profile.topFrames()) + " (" + file + ")");
    }

    private static String fileName(String label, String process) {
        return (label + "-" + process).replaceAll("[^A-Za-z0-9._-]+", "_") + ".jfr";
    }
}
