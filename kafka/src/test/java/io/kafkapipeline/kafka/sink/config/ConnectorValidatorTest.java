package io.kafkapipeline.kafka.sink.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConnectorValidatorTest {

    private static final String MAPPING_KEY = "topic.weather.kafkapipeline.weatherreport.mapping";

    private final AtomicInteger probes = new AtomicInteger();
    private final ConnectorValidator validator = new ConnectorValidator((props, errors) -> probes.incrementAndGet());
    private Map<String, String> props;

    @BeforeEach
    void weatherConfig() {
        props = new HashMap<>(Map.of(
                "name",
                "weathersink",
                "connector.class",
                "io.kafkapipeline.kafka.sink.CassandraSinkConnector",
                "topics",
                "weather",
                "contactPoints",
                "127.0.0.1",
                "port",
                "9042",
                "loadBalancing.localDc",
                "datacenter1",
                MAPPING_KEY,
                "location=value.location, forecastdate=value.forecastdate, temp=value.temp"));
    }

    private static Map<String, List<String>> errors(Config config) {
        return config.configValues().stream()
                .filter(v -> !v.errorMessages().isEmpty())
                .collect(Collectors.toMap(ConfigValue::name, ConfigValue::errorMessages));
    }

    @Test
    void validConfigHasNoErrorsAndIsProbed() {
        assertThat(errors(validator.validate(props))).isEmpty();
        assertThat(probes).hasValue(1);
    }

    /** Each case: the mapping, then what its error message must say. */
    static Stream<Arguments> unparsableMappings() {
        return Stream.of(
                Arguments.of("location=value.location, forecastdate", List.of("Could not be parsed", "expecting '='")),
                Arguments.of("location=value.location forecastdate=value.forecastdate", List.of("missing comma")));
    }

    @ParameterizedTest(name = "\"{0}\" is an error of its key saying {1}")
    @MethodSource("unparsableMappings")
    void anUnparsableMappingNamesItsKeyAndTheCauseAndIsNotProbed(String mapping, List<String> cause) {
        props.put(MAPPING_KEY, mapping);

        Map<String, List<String>> errors = errors(validator.validate(props));

        assertThat(errors).as("errors of mapping %s", mapping).containsOnlyKeys(MAPPING_KEY);
        assertThat(errors.get(MAPPING_KEY).get(0)).contains(cause);
        assertThat(probes).as("probes after mapping %s", mapping).hasValue(0);
    }

    @Test
    void blanksAroundEqualsAndInsideFunctionsAreFine() {
        props.put(MAPPING_KEY, "location = value.location ,forecastdate=value.forecastdate, temp=now()");

        assertThat(errors(validator.validate(props))).isEmpty();
    }

    @Test
    void mappingToAnUnknownRecordPartNamesItsKey() {
        props.put(MAPPING_KEY, "location=nothing.location");

        assertThat(errors(validator.validate(props))).containsOnlyKeys(MAPPING_KEY);
    }

    @Test
    void emptyMappingNamesItsKey() {
        props.put(MAPPING_KEY, " ");

        assertThat(errors(validator.validate(props)).get(MAPPING_KEY))
                .singleElement()
                .asString()
                .contains("empty");
    }

    @Test
    void missingKeyspaceOrTableNamesTheKey() {
        props.remove(MAPPING_KEY);
        props.put("topic.weather..weatherreport.mapping", "location=value.location");
        props.put("topic.weather.weatherreport.mapping", "location=value.location");

        Map<String, List<String>> errors = errors(validator.validate(props));

        assertThat(errors).containsKeys("topic.weather..weatherreport.mapping", "topic.weather.weatherreport.mapping");
        assertThat(errors.get("topic.weather..weatherreport.mapping").get(0)).contains("keyspace and table");
        assertThat(errors.get("topics").get(0)).contains("Topic 'weather' has no mapping");
        assertThat(probes).hasValue(0);
    }

    @Test
    void badTableSettingNamesItsKey() {
        props.put("topic.weather.kafkapipeline.weatherreport.consistencyLevel", "SOMETIMES");

        assertThat(errors(validator.validate(props)))
                .containsOnlyKeys("topic.weather.kafkapipeline.weatherreport.consistencyLevel");
    }

    @Test
    void topicWithoutMappingNamesTopics() {
        props.put("topics", "weather,faker");

        assertThat(errors(validator.validate(props)).get("topics"))
                .singleElement()
                .asString()
                .contains("'faker'", "topic.faker.<keyspace>.<table>.mapping");
    }

    @Test
    void topicsRegexIsRejectedByName() {
        props.remove("topics");
        props.put("topics.regex", "weather.*");

        assertThat(errors(validator.validate(props))).containsKey("topics.regex");
    }

    @Test
    void contactPointsWithoutLocalDcIsAnError() {
        props.remove("loadBalancing.localDc");

        Map<String, List<String>> errors = errors(validator.validate(props));

        assertThat(errors).containsOnlyKeys("contactPoints");
        assertThat(errors.get("contactPoints").get(0)).contains("loadBalancing.localDc");
    }

    @Test
    void invalidPortNamesPort() {
        props.put("port", "ninety");

        assertThat(errors(validator.validate(props))).containsOnlyKeys("port");
    }

    @Test
    void invalidIgnoreErrorsNamesItsKey() {
        props.put("ignoreErrors", "sometimes");

        assertThat(errors(validator.validate(props))).containsOnlyKeys("ignoreErrors");
    }

    @Test
    void ownKeysAreValidated() {
        props.put(PipelineSinkConfig.RETRY_BACKOFF_MS_CONFIG, "-5");
        props.put(PipelineSinkConfig.RETRY_MAX_ATTEMPTS_CONFIG, "often");

        assertThat(errors(validator.validate(props)))
                .containsOnlyKeys(
                        PipelineSinkConfig.RETRY_BACKOFF_MS_CONFIG, PipelineSinkConfig.RETRY_MAX_ATTEMPTS_CONFIG);
    }

    @Test
    void probeCanBeSwitchedOff() {
        props.put(PipelineSinkConfig.VALIDATE_CASSANDRA_CONFIG, "false");

        assertThat(errors(validator.validate(props))).isEmpty();
        assertThat(probes).hasValue(0);
    }

    @Test
    void probeErrorsAreReturned() {
        ConnectorValidator failing = new ConnectorValidator((p, errors) -> errors.add(MAPPING_KEY, "no such table"));

        assertThat(errors(failing.validate(props))).containsEntry(MAPPING_KEY, List.of("no such table"));
    }
}
