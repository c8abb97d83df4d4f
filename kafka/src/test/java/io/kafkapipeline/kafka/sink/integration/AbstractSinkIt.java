package io.kafkapipeline.kafka.sink.integration;

import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.junit.LocalStackExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** Base of the sink ITs: the module's local stack, with the pipeline's connectors RUNNING before the first test. */
@ExtendWith(LocalStackExtension.class)
abstract class AbstractSinkIt {

    @BeforeAll
    static void connectorsRunning(LocalStack stack) {
        SinkIt.awaitConnectorsRunning(stack);
    }
}
