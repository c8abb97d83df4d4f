package io.kafkapipeline.stack;

import io.kafkapipeline.common.contract.StreamApp;
import java.util.List;

/**
 * A service {@code ./pipeline up} starts after the sinks are registered: its name (in {@code PIPELINE_PRODUCERS}, its
 * log and pid file, its status row), the module it runs from and its main class.
 */
public record StackService(String name, String module, String mainClass) {

    /** Every such service, in start order: each producer module, then the sentiment classifier of consumers/. */
    public static final List<StackService> ALL = List.of(
            new StackService("owm-producer", "owm-producer", "io.kafkapipeline.owm.Main"),
            new StackService("faker-producer", "faker-producer", "io.kafkapipeline.faker.Main"),
            new StackService("spacex-producer", "spacex-producer", "io.kafkapipeline.spacex.Main"),
            new StackService("social-producer", "social-producer", "io.kafkapipeline.social.Main"),
            new StackService(
                    StreamApp.CLASSIFIER.service(),
                    "consumers",
                    "io.kafkapipeline.consumers.classifier.ClassifierMain"));

    /** The service called {@code name}. */
    public static StackService named(String name) {
        return ALL.stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }
}
