package io.kafkapipeline.stack.status;

import io.kafkapipeline.common.contract.StreamApp;
import io.kafkapipeline.stack.connect.ConnectorConfigs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One path of the pipeline, read from a connector config: topic -> connector -> table, with its dead-letter topic.
 * The connector JSONs of {@code kafka/connect/} are the only place that knows these links. When a stream application
 * of the pipeline ({@link StreamApp}) writes the topic, it is the flow's upstream stage: its topic -> application ->
 * this topic.
 */
public record Flow(String connector, String topic, String keyspace, String table, String dlqTopic, StreamApp upstream) {

    private static final Pattern MAPPING_KEY = Pattern.compile("topic\\.(.+)\\.([^.]+)\\.([^.]+)\\.mapping");

    /** A flow per topic-to-table mapping of each connector, with the stream application that writes its topic. */
    public static List<Flow> of(List<ConnectorConfigs.Connector> connectors) {
        List<Flow> flows = new ArrayList<>();
        for (ConnectorConfigs.Connector c : connectors) {
            String dlq = c.config().get("errors.deadletterqueue.topic.name");
            for (Map.Entry<String, String> e : c.config().entrySet()) {
                Matcher m = MAPPING_KEY.matcher(e.getKey());
                if (m.matches()) {
                    String topic = m.group(1);
                    flows.add(new Flow(
                            c.name(),
                            topic,
                            m.group(2),
                            m.group(3),
                            dlq == null || dlq.isBlank() ? null : dlq,
                            StreamApp.writing(topic).orElse(null)));
                }
            }
        }
        return flows;
    }
}
