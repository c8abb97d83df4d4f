package io.kafkapipeline.kafka.sink.config;

import com.datastax.oss.common.sink.config.CassandraSinkConfig;
import com.datastax.oss.common.sink.config.TopicConfig;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.Config;

/**
 * The connector's {@code validate()}: every error is attached to the key it is about, so the REST answer (and a
 * rejected {@code PUT /connectors/<name>/config}) names it. Static checks first; only when they all pass is
 * Cassandra asked about keyspaces, tables and columns.
 */
public final class ConnectorValidator {

    private final SchemaProbe probe;

    public ConnectorValidator(SchemaProbe probe) {
        this.probe = probe;
    }

    public Config validate(Map<String, String> props) {
        ValidationErrors errors = new ValidationErrors(props, PipelineSinkConfig.CONFIG_DEF.validateAll(props));
        checkTopics(props, errors);
        checkTopicKeys(props, errors);
        if (!errors.hasErrors()) {
            checkTopicConfigs(props, errors);
        }
        if (!errors.hasErrors()) {
            checkEngineConfig(props, errors);
        }
        if (!errors.hasErrors() && new PipelineSinkConfig(props).validateCassandra()) {
            probe.check(props, errors);
        }
        return errors.toConfig();
    }

    private static void checkTopics(Map<String, String> props, ValidationErrors errors) {
        List<String> topics = TopicSettings.topics(props);
        if (topics.isEmpty()) {
            if (!props.getOrDefault(TopicSettings.TOPICS_REGEX_CONFIG, "").isBlank()) {
                errors.add(
                        TopicSettings.TOPICS_REGEX_CONFIG,
                        "topics.regex is not supported: the sink needs the topic "
                                + "names for its topic.<topic>.<keyspace>.<table>.mapping settings; list them in 'topics'");
            } else {
                errors.add(TopicSettings.TOPICS_CONFIG, "No topic to read: set 'topics' to a comma-separated list");
            }
        }
        for (String topic : topics) {
            if (TopicSettings.mappingKeys(props, topic).isEmpty()) {
                errors.add(
                        TopicSettings.TOPICS_CONFIG,
                        "Topic '" + topic + "' has no mapping: add topic." + topic + ".<keyspace>.<table>.mapping");
            }
        }
    }

    private static void checkTopicKeys(Map<String, String> props, ValidationErrors errors) {
        props.forEach((key, value) -> {
            if (!TopicSettings.isTopicSetting(key)) {
                return;
            }
            if (!TopicSettings.isWellFormed(key)) {
                errors.add(key, "Not a valid topic setting: " + TopicSettings.EXPECTED_FORMS);
            } else if (key.endsWith(".mapping") && (value == null || value.isBlank())) {
                errors.add(key, "The mapping is empty: expected 'column1=value.field1, column2=key, ...'");
            } else if (key.endsWith(".mapping")) {
                MappingLint.problem(value).ifPresent(problem -> errors.add(key, problem));
            }
        });
    }

    private static void checkTopicConfigs(Map<String, String> props, ValidationErrors errors) {
        for (String topic : TopicSettings.topics(props)) {
            try {
                new TopicConfig(topic, props, false);
            } catch (RuntimeException e) {
                errors.add(e, TopicSettings.mappingKeys(props, topic).get(0));
            }
        }
    }

    private static void checkEngineConfig(Map<String, String> props, ValidationErrors errors) {
        try {
            CassandraSinkConfig config = new CassandraSinkConfig(props);
            config.getIgnoreErrors();
            config.getContactPoints();
            config.getPort();
            config.getMaxConcurrentRequests();
            config.getMaxNumberOfRecordsInBatch();
        } catch (RuntimeException e) {
            errors.add(e, CassandraSinkConfig.CONTACT_POINTS_OPT);
        }
    }
}
