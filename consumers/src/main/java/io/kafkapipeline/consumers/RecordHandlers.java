package io.kafkapipeline.consumers;

import io.kafkapipeline.consumers.contract.Contracts;
import io.kafkapipeline.consumers.contract.TableContract;
import io.kafkapipeline.consumers.format.FakerFormatter;
import io.kafkapipeline.consumers.format.SpacexFormatter;
import io.kafkapipeline.consumers.format.WeatherFormatter;
import io.kafkapipeline.consumers.loop.RecordHandler;
import io.kafkapipeline.consumers.validate.RecordValidator;

/** The validator and line format of each contract. */
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
        throw new IllegalArgumentException("No line format for contract " + contract.name());
    }
}
