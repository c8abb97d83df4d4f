package io.kafkapipeline.consumers.config;

import io.kafkapipeline.common.config.Config;
import io.kafkapipeline.common.config.ConfigException;
import io.kafkapipeline.consumers.contract.Contracts;
import io.kafkapipeline.consumers.contract.TableContract;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * The parsed settings of one consumer, checked together once at start.
 *
 * @param maxRecords 0 = no limit
 */
public record ConsumerSettings(
        String bootstrapServers,
        String topic,
        TableContract<?> contract,
        String groupId,
        boolean fromBeginning,
        long maxRecords,
        boolean stopAtEnd,
        Duration summaryInterval,
        Duration pollTimeout) {

    public static final String GROUP_PREFIX = "kafkapipeline-consumer-";

    /** Throws a one-line {@link ConfigException} naming the variable. */
    public static ConsumerSettings from(Config config) {
        String topic = config.get(ConsumerConfig.TOPIC);
        if (topic.isBlank()) {
            throw new ConfigException(ConsumerConfig.TOPIC.name() + " is not set: name the topic to read ("
                    + Contracts.names() + ") or use --topic");
        }
        String contractName = config.get(ConsumerConfig.CONTRACT);
        TableContract<?> contract;
        if (contractName.isBlank()) {
            contract = Contracts.byName(topic)
                    .orElseThrow(() -> new ConfigException("Topic '" + topic
                            + "' has no contract of its own name; set " + ConsumerConfig.CONTRACT.name() + " to "
                            + Contracts.names()));
        } else {
            contract = Contracts.byName(contractName)
                    .orElseThrow(() -> new ConfigException("Invalid " + ConsumerConfig.CONTRACT.name() + "='"
                            + contractName + "': must be one of " + Contracts.names()));
        }
        OptionalLong max = config.get(ConsumerConfig.MAX_RECORDS);
        String group = config.get(ConsumerConfig.GROUP_ID);
        return new ConsumerSettings(
                config.get(ConsumerConfig.BROKER_URL),
                topic,
                contract,
                group.isBlank() ? GROUP_PREFIX + topic : group,
                config.get(ConsumerConfig.FROM_BEGINNING),
                max.orElse(0),
                config.get(ConsumerConfig.STOP_AT_END),
                Duration.ofSeconds(config.get(ConsumerConfig.SUMMARY_INTERVAL_S)),
                Duration.ofMillis(config.get(ConsumerConfig.POLL_TIMEOUT_MS)));
    }

    /** Whether the run ends by itself ({@code --max} or {@code --stop-at-end}). */
    public boolean bounded() {
        return maxRecords > 0 || stopAtEnd;
    }

    /** One line for the start-up log. */
    public String describe() {
        return "topic=" + topic + " contract=" + contract.name() + " group=" + groupId + " brokers=" + bootstrapServers
                + " from-beginning=" + fromBeginning + (maxRecords > 0 ? " max=" + maxRecords : "")
                + (stopAtEnd ? " stop-at-end" : "");
    }
}
