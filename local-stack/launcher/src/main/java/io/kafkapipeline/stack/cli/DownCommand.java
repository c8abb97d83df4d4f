package io.kafkapipeline.stack.cli;

import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.StackConfig;
import io.kafkapipeline.stack.StackState;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./pipeline down [--clean]}: stops the local stack; with --clean also deletes its data. */
@Command(
        name = "down",
        mixinStandardHelpOptions = true,
        description = "Stop the local stack (data is kept unless --clean).")
final class DownCommand implements Callable<Integer> {

    @Option(names = "--clean", description = "Also delete the state folder: all data and logs.")
    boolean clean;

    @Override
    public Integer call() {
        StackConfig base = PipelineCli.EnvHolder.config();
        StackConfig config = StackState.running(base).orElse(base);
        LocalStack stack = new LocalStack(config, System.out::println);
        if (stack.attach().isEmpty()) {
            System.out.println("The local stack is not running.");
        }
        io.kafkapipeline.stack.jupyter.JupyterServer.stopRunning(config.stateDir(), System.out::println);
        stack.stop();
        if (clean) {
            LocalStack.clean(config);
            System.out.println("Deleted " + config.stateDir());
        }
        return 0;
    }
}
