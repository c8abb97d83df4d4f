package io.kafkapipeline.bench.stage;

import io.kafkapipeline.bench.ClassifierProbe;
import io.kafkapipeline.bench.ProbeResult;
import io.kafkapipeline.bench.data.BenchRecord;
import io.kafkapipeline.bench.data.TopicLoader;
import io.kafkapipeline.bench.report.BenchReport;
import io.kafkapipeline.bench.report.Figure;
import io.kafkapipeline.common.contract.SocialPost;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Sentiment classifier throughput: posts per second through the Kafka Streams application (the classifier's own
 * topology and settings: exactly_once_v2, commit every 100 ms, one stream thread) from a topic of 3 partitions,
 * against the bare classifier doing the same work per post in a loop in one thread (the baseline: what Streams,
 * Kafka and the transactions cost). Same posts, same JVM options, each in a child JVM.
 */
public final class ClassifierStage implements Stage {

    static final String NAME = "6. Classifier throughput";
    private static final List<String> JVM = List.of("-Xms64m", "-Xmx256m");
    private static final String[] SENTENCES = {
        "What a wonderful launch, congratulations to the whole team!",
        "Terrible weather again today, everything is flooded and I hate it.",
        "The new rocket engine test went really well this morning.",
        "Another delay, I am so tired of waiting for this mission.",
        "Lovely sunny afternoon in the park with friends :)",
        "Storm warning for the whole coast tonight, stay safe everyone.",
        "I can't believe how beautiful the sky looks after the rain.",
        "The landing failed and the booster was lost, sad day."
    };

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        int n = ctx.plan().classifierRecords();
        List<BenchRecord> posts = posts(n);
        Path work = ctx.workDir();
        Path file = work.resolve("classifier-posts.jsonl");
        Files.writeString(file, posts.stream().map(BenchRecord::json).collect(Collectors.joining("\n")) + "\n");
        String input = "bench-classifier-in";
        new TopicLoader(ctx.stack().bootstrapServers()).load(input, 3, posts);
        double avgChars =
                posts.stream().mapToInt(r -> r.json().length()).average().orElse(0);

        List<Double> bare = new ArrayList<>();
        List<Double> streams = new ArrayList<>();
        for (int t = 0; t < ctx.plan().trials(); t++) {
            bare.add(rate(List.of("bare", file.toString()), work.resolve("classifier-bare-" + t + ".log")));
            streams.add(rate(
                    List.of(
                            "streams",
                            ctx.stack().bootstrapServers(),
                            input,
                            "bench-classifier-out",
                            Integer.toString(n),
                            work.resolve("classifier-state-" + t).toString()),
                    work.resolve("classifier-streams-" + t + ".log")));
        }
        String settings = n + " posts of ~" + Math.round(avgChars) + " B JSON (English, 1-3 sentences), -Xmx256m";
        BenchReport report = ctx.report();
        Figure through = report.add(new Figure(
                NAME,
                "Kafka Streams classifier (exactly_once_v2)",
                "records/s",
                streams,
                settings + ", 3 partitions, 1 stream thread, commit 100 ms"));
        Figure baseline = report.add(new Figure(
                NAME, "bare classifier (read post, classify, write row)", "records/s", bare, settings + ", 1 thread"));
        report.ratio(NAME, "Kafka Streams / bare classifier", through, baseline);
        report.note(
                NAME,
                "Both from the first post to the last, JVM and Kafka Streams start-up not included; Streams reads the"
                        + " posts from Kafka, writes the rows to Kafka and commits a transaction every 100 ms.");
    }

    private static double rate(List<String> args, Path log) throws Exception {
        String out = ChildProcess.run(ClassifierProbe.class.getName(), JVM, args, 900, log);
        return ProbeResult.rate(out)
                .orElseThrow(() -> new IllegalStateException(
                        "no RESULT line from the classifier probe: " + ChildProcess.tail(out, 500)));
    }

    /** English posts of 1 to 3 sentences, every fourth without a declared language; fixed seed. */
    static List<BenchRecord> posts(int n) {
        Random random = new Random(42);
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        List<BenchRecord> posts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StringBuilder text = new StringBuilder();
            for (int s = random.nextInt(3); s >= 0; s--) {
                text.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
            }
            SocialPost post = new SocialPost(
                    Integer.toString(i + 1),
                    text.toString().strip(),
                    base.plusMillis(i),
                    "bench#classifier",
                    i % 4 == 3 ? null : "en",
                    null,
                    "replay");
            posts.add(new BenchRecord(post.key(), post.toJson(), List.of()));
        }
        return posts;
    }
}
