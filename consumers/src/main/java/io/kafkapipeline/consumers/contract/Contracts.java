package io.kafkapipeline.consumers.contract;

import io.kafkapipeline.common.contract.FakerPerson;
import io.kafkapipeline.common.contract.RecordType;
import io.kafkapipeline.common.contract.RecordTypes;
import io.kafkapipeline.common.contract.SpacexLaunch;
import io.kafkapipeline.common.contract.TableRecord;
import io.kafkapipeline.common.contract.WeatherReport;
import java.util.List;
import java.util.Optional;

/** A table contract for every record contract of {@code common} ({@link RecordTypes#ALL}), in the same order. */
public final class Contracts {

    public static final List<TableContract<?>> ALL =
            RecordTypes.ALL.stream().<TableContract<?>>map(TableContract::of).toList();

    public static final TableContract<WeatherReport> WEATHER = of(WeatherReport.TYPE);
    public static final TableContract<FakerPerson> FAKER = of(FakerPerson.TYPE);
    public static final TableContract<SpacexLaunch> SPACEX = of(SpacexLaunch.TYPE);

    private Contracts() {}

    /** The contract named weather, faker or spacex (case-insensitive). */
    public static Optional<TableContract<?>> byName(String name) {
        return ALL.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }

    /** {@code weather|faker|spacex}. */
    public static String names() {
        return String.join("|", ALL.stream().map(TableContract::name).toList());
    }

    /** The member of {@link #ALL} for {@code type}. */
    @SuppressWarnings("unchecked")
    private static <T extends TableRecord> TableContract<T> of(RecordType<T> type) {
        return (TableContract<T>) ALL.stream()
                .filter(c -> c.recordType().equals(type))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(type + " is not in RecordTypes.ALL"));
    }
}
