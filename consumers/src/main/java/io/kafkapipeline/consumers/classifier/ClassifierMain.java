package io.kafkapipeline.consumers.classifier;

import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.config.ConfigException;
import io.kafkapipeline.common.config.Env;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -cp ... io.kafkapipeline.consumers.classifier.ClassifierMain}: the sentiment classifier, a Kafka Streams
 * application from topic twitter to topic twittersink. Settings: environment variables ({@link ClassifierConfig}).
 */
@Command(
        name = "classifier",
        mixinStandardHelpOptions = true,
        description = "Classifies the sentiment of the posts of topic twitter (Kafka Streams, exactly once) into topic"
                + " twittersink; records that are not posts go to twitter-dlq. Settings: environment variables, see"
                + " --print-env-docs.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:stopped (SIGTERM)", "1:bad setting (the message names it)", "3:Kafka Streams failed"})
public final class ClassifierMain implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(ClassifierMain.class);

    public static final int EXIT_CONFIG = 1;

    @Option(names = "--print-env-docs", description = "Print the environment variable table (Markdown) and exit.")
    private boolean printEnvDocs;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ClassifierMain()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        if (printEnvDocs) {
            System.out.print(ClassifierConfig.definition().markdownTable());
            return 0;
        }
        Config config;
        try {
            config = ClassifierConfig.definition().parse(Env.system());
        } catch (ConfigException e) {
            log.error("{}: configuration error: {}", ClassifierConfig.COMPONENT, e.getMessage());
            return EXIT_CONFIG;
        }
        return new ClassifierApp(config).run(true);
    }
}
