package io.kafkapipeline.datavis.integration;

import io.kafkapipeline.datavis.cli.DataVisCli;
import io.kafkapipeline.stack.LocalStack;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the data-vis CLI in this JVM against the local stack, as ./pipeline would with CASSANDRA_PORT set. */
final class Cli {

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {}

    private Cli() {}

    static Map<String, String> env(LocalStack stack) {
        return Map.of(
                "CASSANDRA_HOST",
                "127.0.0.1",
                "CASSANDRA_PORT",
                Integer.toString(stack.cassandraPort()),
                "CASSANDRA_LOCAL_DC",
                "datacenter1");
    }

    static Run run(LocalStack stack, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new DataVisCli(env(stack)).execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }
}
