package io.kafkapipeline.common.contract;

import java.util.List;
import java.util.Optional;

/** Every record contract of the pipeline, in the order of the data flow. */
public final class RecordTypes {

    public static final List<RecordType<?>> ALL =
            List.of(WeatherReport.TYPE, FakerPerson.TYPE, SpacexLaunch.TYPE, ClassifiedPost.TYPE);

    private RecordTypes() {}

    /** The contract whose topic is {@code topic}. */
    public static Optional<RecordType<?>> byTopic(String topic) {
        return ALL.stream().filter(t -> t.topic().equals(topic)).findFirst();
    }
}
