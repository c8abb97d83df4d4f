package io.kafkapipeline.consumers.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kafkapipeline.common.config.ConfigException;
import io.kafkapipeline.common.config.Env;
import io.kafkapipeline.consumers.contract.Contracts;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsumerSettingsTest {

    private static ConsumerSettings parse(Map<String, String> env) {
        return ConsumerSettings.from(ConsumerConfig.definition().parse(Env.of(env)));
    }

    @Test
    void defaults() {
        ConsumerSettings s = parse(Map.of("TOPIC_NAME", "spacex"));

        assertThat(s)
                .isEqualTo(new ConsumerSettings(
                        "localhost:9092",
                        "spacex",
                        Contracts.SPACEX,
                        "kafkapipeline-consumer-spacex",
                        false,
                        0,
                        false,
                        Duration.ofSeconds(10),
                        Duration.ofMillis(500)));
        assertThat(s.bounded()).isFalse();
    }

    @Test
    void everyVariable() {
        ConsumerSettings s = parse(Map.of(
                "TOPIC_NAME",
                "weather-replay",
                "RECORD_CONTRACT",
                "Weather",
                "KAFKA_BROKER_URL",
                "kafka:29092",
                "GROUP_ID",
                "watchers",
                "FROM_BEGINNING",
                "TRUE",
                "MAX_RECORDS",
                "10",
                "STOP_AT_END",
                "true",
                "SUMMARY_INTERVAL_S",
                "0",
                "POLL_TIMEOUT_MS",
                "100"));

        assertThat(s)
                .isEqualTo(new ConsumerSettings(
                        "kafka:29092",
                        "weather-replay",
                        Contracts.WEATHER,
                        "watchers",
                        true,
                        10,
                        true,
                        Duration.ZERO,
                        Duration.ofMillis(100)));
        assertThat(s.bounded()).isTrue();
        assertThat(s.describe())
                .isEqualTo("topic=weather-replay contract=weather group=watchers brokers=kafka:29092"
                        + " from-beginning=true max=10 stop-at-end");
    }

    @Test
    void topicIsRequired() {
        assertThatThrownBy(() -> parse(Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage(
                        "TOPIC_NAME is not set: name the topic to read (weather|faker|spacex|twittersink) or use --topic");
    }

    @Test
    void topicWithoutAContractOfItsName() {
        assertThatThrownBy(() -> parse(Map.of("TOPIC_NAME", "weather-replay")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Topic 'weather-replay' has no contract of its own name; set RECORD_CONTRACT to"
                        + " weather|faker|spacex|twittersink");
    }

    @Test
    void unknownContract() {
        assertThatThrownBy(() -> parse(Map.of("TOPIC_NAME", "weather", "RECORD_CONTRACT", "rain")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Invalid RECORD_CONTRACT='rain': must be one of weather|faker|spacex|twittersink");
    }

    @Test
    void badValuesNameTheirVariable() {
        assertThatThrownBy(() -> parse(Map.of("TOPIC_NAME", "faker", "FROM_BEGINNING", "yes")))
                .hasMessage("Invalid FROM_BEGINNING='yes': must be true or false");
        assertThatThrownBy(() -> parse(Map.of("TOPIC_NAME", "faker", "MAX_RECORDS", "ten")))
                .hasMessage("Invalid MAX_RECORDS='ten': is not an integer");
        assertThatThrownBy(() -> parse(Map.of("TOPIC_NAME", "faker", "MAX_RECORDS", "0")))
                .hasMessage("Invalid MAX_RECORDS='0': must be at least 1");
        assertThatThrownBy(() -> parse(Map.of("TOPIC_NAME", "faker", "SUMMARY_INTERVAL_S", "-1")))
                .hasMessage("Invalid SUMMARY_INTERVAL_S='-1': must be between 0 and 86400");
    }

    @Test
    void everyVariableIsDocumentedWithItsDefault() {
        String table = ConsumerConfig.definition().markdownTable();

        assertThat(table)
                .contains(
                        "| `KAFKA_BROKER_URL` | `localhost:9092` |",
                        "| `TOPIC_NAME` | (unset) |",
                        "| `GROUP_ID` | (unset) |",
                        "| `FROM_BEGINNING` | `false` |",
                        "| `MAX_RECORDS` | (unset) |",
                        "| `STOP_AT_END` | `false` |",
                        "| `SUMMARY_INTERVAL_S` | `10` |",
                        "| `POLL_TIMEOUT_MS` | `500` |",
                        "| `RECORD_CONTRACT` | (unset) |");
    }
}
