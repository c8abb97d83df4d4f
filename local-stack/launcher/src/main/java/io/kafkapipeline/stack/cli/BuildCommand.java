package io.kafkapipeline.stack.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code ./pipeline build}: (re)builds the project; the other commands build what they miss by themselves. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description =
                "(Re)build the project (./mvnw -DskipTests package); done automatically when something is missing.")
final class BuildCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        Build.run(PipelineCli.EnvHolder.config().home(), System.out);
        return 0;
    }
}
