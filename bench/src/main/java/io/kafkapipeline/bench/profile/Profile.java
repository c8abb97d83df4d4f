package io.kafkapipeline.bench.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * What a JFR recording says about where a process spent its CPU: the share of stack samples per category (the first
 * frame from the top of the stack that belongs to a known part: the engine's mapping, the driver, the consumer, ...),
 * the top frames, and the time in garbage collection. Samples of one process: the shares hold even on a loaded
 * machine, where the process gets fewer samples but the same mix.
 */
public record Profile(int samples, Map<String, Double> categories, List<String> topFrames, double gcMillis) {

    /** Category, then the class or method prefixes that put a frame in it; the first match from the top counts. */
    private static final String[][] CATEGORIES = {
        {"Connect JsonConverter (JSON to Map)", "org.apache.kafka.connect.json."},
        {"Kafka consumer (fetch, records)", "org.apache.kafka.clients.", "org.apache.kafka.common."},
        {"Connect worker loop (convert, transform, deliver)", "org.apache.kafka.connect.runtime."},
        {"sink: value and key to engine data", "io.kafkapipeline.kafka.sink.adapter."},
        {
            "engine: JSON text round trip",
            "com.datastax.oss.common.sink.metadata.",
            "com.datastax.oss.common.sink.record.JsonData"
        },
        {"engine: record mapper and codecs", "com.datastax.oss.common.sink.RecordMapper", "com.datastax.oss.dsbulk."},
        {"engine: other (records, batch metrics)", "com.datastax.oss.common.sink."},
        {"sink: task, writes, outcomes", "io.kafkapipeline.kafka.sink."},
        {
            "driver: request (bind, encode, execute)",
            "com.datastax.oss.driver.internal.core.cql.",
            "com.datastax.oss.driver.internal.core.data.",
            "com.datastax.oss.driver.internal.core.type.",
            "com.datastax.oss.protocol."
        },
        {"driver: connection I/O (netty)", "com.datastax.oss.driver.", "io.netty."},
        {"Cassandra: commit log", "org.apache.cassandra.db.commitlog."},
        {
            "Cassandra: memtable flush, compaction",
            "org.apache.cassandra.db.compaction.",
            "org.apache.cassandra.io.",
            "org.apache.cassandra.db.memtable.Flush"
        },
        {"Cassandra: write path (mutation, memtable)", "org.apache.cassandra.db.", "org.apache.cassandra.service."},
        {"Cassandra: CQL and native protocol", "org.apache.cassandra.cql3.", "org.apache.cassandra.transport."},
        {"Cassandra: other", "org.apache.cassandra."},
        {"benchmark client", "io.kafkapipeline.bench."},
        {"JFR itself", "jdk.jfr."},
    };

    public static Profile read(Path file, int topFrames) throws IOException {
        Map<String, Integer> categories = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        int samples = 0;
        double gcMillis = 0;
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                String type = event.getEventType().getName();
                if (type.equals("jdk.GarbageCollection")) {
                    gcMillis += event.getDuration("sumOfPauses").toNanos() / 1e6;
                }
                RecordedStackTrace stack = type.equals("jdk.ExecutionSample") ? event.getStackTrace() : null;
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                List<RecordedFrame> frames = stack.getFrames();
                self.merge(name(frames.get(0)), 1, Integer::sum);
                categories.merge(category(frames), 1, Integer::sum);
            }
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        int total = samples;
        categories.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> shares.put(e.getKey(), 100.0 * e.getValue() / total));
        List<String> top = new ArrayList<>();
        self.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(topFrames)
                .forEach(e -> top.add(String.format("%s %.1f %%", e.getKey(), 100.0 * e.getValue() / total)));
        return new Profile(samples, shares, top, gcMillis);
    }

    static String category(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String name = name(frame);
            for (String[] category : CATEGORIES) {
                for (int i = 1; i < category.length; i++) {
                    if (name.startsWith(category[i])) {
                        return category[0];
                    }
                }
            }
        }
        return "JDK only (threads, queues, I/O)";
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
