package io.kafkapipeline.bench;

import io.kafkapipeline.common.config.Redactor;
import io.kafkapipeline.common.contract.FakerPerson;
import io.kafkapipeline.common.kafka.KafkaSettings;
import io.kafkapipeline.common.kafka.ProducerFactory;
import io.kafkapipeline.common.kafka.RecordPublisher;
import io.kafkapipeline.common.runtime.ProgressLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Child JVM of the producer stage: sends N faker records (the lines of a payload file, keyed like the faker producer)
 * through the project's producer runtime (ProducerFactory + RecordPublisher) as fast as it can, then prints
 * {@code RESULT records=N seconds=S rate=R failed=F}.
 *
 * <p>Usage: {@code ProducerRuntimeProbe <bootstrap> <topic> <records> <payload-file> <linger-ms>}
 */
public final class ProducerRuntimeProbe {

    private ProducerRuntimeProbe() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: ProducerRuntimeProbe <bootstrap> <topic> <records> <payload-file> <linger-ms>");
            System.exit(2);
        }
        String topic = args[1];
        long records = Long.parseLong(args[2]);
        List<String[]> payloads = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[3]))) {
            if (!line.isBlank()) {
                payloads.add(new String[] {FakerPerson.fromJson(line).key(), line});
            }
        }
        KafkaSettings settings = new KafkaSettings(
                args[0],
                topic,
                "bench-runtime-probe",
                "lz4",
                Duration.ofMillis(Long.parseLong(args[4])),
                Duration.ofMinutes(5),
                Duration.ofMinutes(5));
        ProgressLog progress = new ProgressLog("bench-runtime-probe", Redactor.NONE);
        AtomicLong failed = new AtomicLong();
        long start;
        long end;
        try (RecordPublisher publisher =
                new RecordPublisher(ProducerFactory.create(settings), topic, progress, Redactor.NONE)) {
            start = System.nanoTime();
            for (long i = 0; i < records; i++) {
                String[] p = payloads.get((int) (i % payloads.size()));
                publisher.publish(p[0], p[1]).whenComplete((v, e) -> {
                    if (e != null) {
                        failed.incrementAndGet();
                    }
                });
            }
            publisher.flush();
            end = System.nanoTime();
        }
        System.out.println(ProbeResult.line(records, end - start, "failed=" + failed.get()));
        System.exit(failed.get() == 0 ? 0 : 1);
    }
}
