package io.kafkapipeline.consumers;

import io.kafkapipeline.common.contract.TableRecord;
import io.kafkapipeline.consumers.contract.Contracts;
import io.kafkapipeline.consumers.contract.TableContract;
import io.kafkapipeline.consumers.format.ColumnsFormatter;
import io.kafkapipeline.consumers.format.FakerFormatter;
import io.kafkapipeline.consumers.format.SpacexFormatter;
import io.kafkapipeline.consumers.format.WeatherFormatter;
import io.kafkapipeline.consumers.loop.RecordHandler;
import io.kafkapipeline.consumers.validate.RecordValidator;

/** The validator and line format of each contract; any contract without a format of its own prints its columns. */
public final class RecordHandlers {

    private RecordHandlers() {}

    public static RecordHandler forContract(TableContract<?> contract) {
        if (contract == Contracts.WEATHER) {
            return RecordHandler.of(new RecordValidator<>(Contracts.WEATHER), new WeatherFormatter());
        }
        if (contract == Contracts.FAKER) {
            return RecordHandler.of(new RecordValidator<>(Contracts.FAKER), new FakerFormatter());
        }
        if (contract == Contracts.SPACEX) {
            return RecordHandler.of(new RecordValidator<>(Contracts.SPACEX), new SpacexFormatter());
        }
        return generic(contract);
    }

    /** A contract without a line format of its own prints every column ({@link ColumnsFormatter}). */
    private static <T extends TableRecord> RecordHandler generic(TableContract<T> contract) {
        return RecordHandler.of(new RecordValidator<>(contract), new ColumnsFormatter<>(contract.name()));
    }
}
