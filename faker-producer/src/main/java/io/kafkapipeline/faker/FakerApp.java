package io.kafkapipeline.faker;

import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.runtime.Pacer;
import io.kafkapipeline.common.runtime.ProducerRuntime;
import io.kafkapipeline.common.runtime.Sleeper;
import io.kafkapipeline.people.PersonGenerator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the Faker producer: one generator loop per thread, sharing the rate and the limit. */
public final class FakerApp {
    private static final Logger log = LoggerFactory.getLogger(FakerApp.class);

    private FakerApp() {}

    /** @param limit records to send, 0 = until stopped; returns how many were handed to Kafka */
    public static long run(ProducerRuntime runtime, Config config, long limit) throws InterruptedException {
        int threads = config.get(FakerConfig.THREADS);
        log.info(
                "{}: source is datafaker (locale {}, {}), {} records/s on {} thread(s), {}",
                FakerConfig.COMPONENT,
                config.get(FakerConfig.LOCALE),
                config.get(FakerConfig.SEED).isPresent()
                        ? "seed " + config.get(FakerConfig.SEED).getAsLong()
                        : "random seed",
                FakerConfig.rate(config),
                threads,
                limit == 0 ? "until stopped" : limit + " records");
        if (threads == 1) {
            return loop(runtime, config, 0, runtime.lifecycle().sleeper(), System::nanoTime, Clock.systemDefaultZone())
                    .run(limit);
        }
        AtomicLong sent = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            FakerLoop loop = loop(
                    runtime, config, i, runtime.lifecycle().sleeper(), System::nanoTime, Clock.systemDefaultZone());
            long share = limit == 0 ? 0 : limit / threads + (i < limit % threads ? 1 : 0);
            if (limit != 0 && share == 0) {
                continue;
            }
            Thread worker = new Thread(() -> sent.addAndGet(loop.run(share)), FakerConfig.COMPONENT + "-" + i);
            workers.add(worker);
            worker.start();
        }
        try {
            for (Thread worker : workers) {
                worker.join();
            }
        } finally {
            runtime.lifecycle().stop();
            for (Thread worker : workers) {
                worker.join(10_000);
            }
        }
        return sent.get();
    }

    /* visible for testing: generator loop number {@code index} of the configured threads */
    static FakerLoop loop(
            ProducerRuntime runtime, Config config, int index, Sleeper sleeper, LongSupplier nanoTime, Clock clock) {
        int threads = config.get(FakerConfig.THREADS);
        OptionalLong seed = config.get(FakerConfig.SEED);
        Random random = seed.isPresent() ? new Random(seed.getAsLong() + index) : new Random();
        Locale locale = Locale.forLanguageTag(config.get(FakerConfig.LOCALE));
        return new FakerLoop(
                new PersonGenerator(locale, random, clock),
                runtime.publisher(),
                runtime.progress(),
                runtime.lifecycle(),
                new Pacer(FakerConfig.rate(config) / threads, true, nanoTime, sleeper));
    }
}
