package io.kafkapipeline.common.runtime;

import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.config.ConfigDef;
import io.kafkapipeline.common.config.Env;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * A producer's command line: the options every producer shares ({@link RunOptions}: {@code --once},
 * {@code --print-env-docs}; {@code --help}, {@code --version}), then {@link ProducerMain#run} with the producer's
 * settings and what it does. The command is named after the component. A producer's {@code Main} extends it (or
 * {@link PollingCommand}) and describes itself with picocli's {@code @Command}, whose attributes add to these.
 */
@Command(mixinStandardHelpOptions = true)
public abstract class ProducerCommand implements Callable<Integer> {

    @Mixin
    protected RunOptions options = new RunOptions();

    private final String component;
    private final ConfigDef definition;

    protected ProducerCommand(String component, ConfigDef definition) {
        this.component = component;
        this.definition = definition;
    }

    /** What the producer does once its runtime is up (with {@link #options}); returns the exit code. */
    protected abstract int run(ProducerRuntime runtime, Config config) throws InterruptedException;

    @Override
    public final Integer call() {
        return ProducerMain.run(component, definition, options, Env.system(), this::run);
    }

    /** The command line of this producer, named after its component (as its usage and its logs say). */
    public CommandLine commandLine() {
        return new CommandLine(this).setCommandName(component);
    }

    /** Runs {@code command} with the process arguments and exits the JVM with its code. */
    protected static void execute(ProducerCommand command, String[] args) {
        System.exit(command.commandLine().execute(args));
    }
}
