package io.kafkapipeline.e2e.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.junit.InProcessCli;

/** Helpers shared by the end-to-end tests: the CLI as a user runs it, against the test's stack. */
final class Pipeline {

    private Pipeline() {}

    /** The output and exit code of one {@code ./pipeline} command. */
    record Result(int exitCode, String out) {
        JsonNode json() {
            try {
                return new ObjectMapper().readTree(out);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + out, e);
            }
        }

        /** The flow of one connector in {@code status --json}. */
        JsonNode flow(String connector) {
            for (JsonNode flow : json().path("flows")) {
                if (flow.path("connector").asText().equals(connector)) {
                    return flow;
                }
            }
            throw new AssertionError("no flow " + connector + " in " + out);
        }
    }

    /** Runs {@code ./pipeline <args>} in-process against {@code stack} (found through its state folder). */
    static Result cli(LocalStack stack, String... args) {
        InProcessCli.Run run = InProcessCli.run(stack, args);
        return new Result(run.exitCode(), run.out());
    }
}
