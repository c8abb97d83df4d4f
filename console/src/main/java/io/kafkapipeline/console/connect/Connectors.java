package io.kafkapipeline.console.connect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.console.NotFoundException;
import io.kafkapipeline.stack.connect.ConnectRest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Kafka Connect through the project's one REST client: connectors, tasks, error traces, restart, pause, resume. */
public final class Connectors {

    /** One task: id, state, worker and the error trace of a FAILED task. */
    public record TaskInfo(int id, String state, String worker, String trace) {
        /** The first line of the trace (the exception and its message). */
        @JsonProperty
        public String error() {
            return trace == null ? null : trace.lines().findFirst().orElse("");
        }
    }

    /** One connector with its tasks and the config the worker has. */
    public record ConnectorInfo(
            String name,
            String type,
            String state,
            String worker,
            String trace,
            List<TaskInfo> tasks,
            String topics,
            String deadLetterTopic,
            Map<String, String> config) {
        @JsonProperty
        public boolean hasFailures() {
            return "FAILED".equals(state) || tasks.stream().anyMatch(t -> "FAILED".equals(t.state()));
        }

        @JsonProperty
        public boolean paused() {
            return "PAUSED".equals(state);
        }
    }

    /** Things a user can do to a connector. */
    public enum Action {
        RESTART_FAILED,
        RESTART,
        PAUSE,
        RESUME
    }

    /** Config keys whose values the console never shows. */
    private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|token|credential).*");

    private final ConnectRest rest;

    public Connectors(ConnectRest rest) {
        this.rest = rest;
    }

    /** Every connector of the worker group, sorted by name (one REST call). */
    public List<ConnectorInfo> list() {
        JsonNode all = rest.connectorsExpanded();
        Map<String, ConnectorInfo> sorted = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            sorted.put(e.getKey(), parse(e.getKey(), e.getValue()));
        }
        return List.copyOf(sorted.values());
    }

    public ConnectorInfo connector(String name) {
        return list().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No connector '" + name + "'"));
    }

    /** Connector name to {dead-letter topic, source topics}, for the connectors that have a dead-letter topic. */
    public Map<String, String[]> deadLetterTopics() {
        Map<String, String[]> dlq = new LinkedHashMap<>();
        for (ConnectorInfo c : list()) {
            if (c.deadLetterTopic() != null) {
                dlq.put(c.name(), new String[] {c.deadLetterTopic(), c.topics()});
            }
        }
        return dlq;
    }

    /** Carries out {@code action} on a connector that exists. */
    public void act(String name, Action action) {
        connector(name);
        switch (action) {
            case RESTART_FAILED -> rest.restart(name, true, true);
            case RESTART -> rest.restart(name, true, false);
            case PAUSE -> rest.pause(name);
            case RESUME -> rest.resume(name);
        }
    }

    private static ConnectorInfo parse(String name, JsonNode node) {
        JsonNode status = node.path("status");
        JsonNode info = node.path("info");
        List<TaskInfo> tasks = new ArrayList<>();
        for (JsonNode t : status.path("tasks")) {
            tasks.add(new TaskInfo(
                    t.path("id").asInt(),
                    t.path("state").asText(),
                    t.path("worker_id").asText(),
                    t.hasNonNull("trace") ? t.path("trace").asText() : null));
        }
        Map<String, String> config = new TreeMap<>();
        info.path("config")
                .fields()
                .forEachRemaining(e -> config.put(
                        e.getKey(),
                        SECRET.matcher(e.getKey()).matches()
                                ? "(hidden)"
                                : e.getValue().asText()));
        String dlq = config.get("errors.deadletterqueue.topic.name");
        JsonNode connector = status.path("connector");
        return new ConnectorInfo(
                name,
                status.path("type").asText(info.path("type").asText("")),
                connector.path("state").asText("UNKNOWN"),
                connector.path("worker_id").asText(""),
                connector.hasNonNull("trace") ? connector.path("trace").asText() : null,
                List.copyOf(tasks),
                config.getOrDefault("topics", config.getOrDefault("topics.regex", "")),
                dlq == null || dlq.isBlank() ? null : dlq,
                config);
    }
}
