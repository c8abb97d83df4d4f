package io.kafkapipeline.common.runtime;

import picocli.CommandLine.Option;

/** Command-line options every producer shares (a picocli mixin). */
public final class RunOptions {
    @Option(names = "--once", description = "Run one poll (or emit one record) then flush and exit.")
    public boolean once;

    @Option(names = "--print-env-docs", description = "Print the environment variable table (Markdown) and exit.")
    public boolean printEnvDocs;
}
