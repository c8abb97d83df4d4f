package io.kafkapipeline.stack.connect;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kafkapipeline.stack.StackException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project's one Kafka Connect REST client: the local stack, the status view, the benchmarks and the tests use it.
 * Every failure is a {@link StackException} naming the worker's URL and the HTTP status; a missing connector is an
 * empty answer, not an error, where a caller would only have to catch it.
 */
public final class ConnectRest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private static final int CONFLICT_ATTEMPTS = 10;

    /** A connector's state and its tasks' ({@code GET /connectors/<name>/status}); {@code trace} is null unless failed. */
    public record ConnectorStatus(String name, String state, String workerId, String trace, List<TaskStatus> tasks) {

        /** The tasks' states in task order, e.g. {@code [RUNNING, RUNNING]}; empty while none is assigned. */
        public List<String> taskStates() {
            return tasks.stream().map(TaskStatus::state).toList();
        }

        /** The connector's state, then each task's. */
        public List<String> states() {
            List<String> all = new ArrayList<>();
            all.add(state);
            all.addAll(taskStates());
            return all;
        }

        /** The stack traces of a failed connector and its failed tasks, joined (empty if none failed). */
        public String traces() {
            StringBuilder all = new StringBuilder(trace == null ? "" : trace);
            tasks.stream().filter(t -> t.trace() != null).forEach(t -> all.append(t.trace()));
            return all.toString();
        }
    }

    /** One task of a connector. */
    public record TaskStatus(int id, String state, String workerId, String trace) {}

    /** A plugin installed on the worker ({@code GET /connector-plugins}). */
    public record Plugin(String className, String type, String version) {}

    private final String url;
    private final Duration timeout;
    private final HttpClient http;

    /** A client of the worker at {@code url} with a 30 s timeout per call. */
    public ConnectRest(String url) {
        this(url, DEFAULT_TIMEOUT);
    }

    /** A client whose calls (connect included) give up after {@code timeout}. */
    public ConnectRest(String url, Duration timeout) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout.compareTo(Duration.ofSeconds(3)) < 0 ? timeout : Duration.ofSeconds(3))
                .build();
    }

    public String url() {
        return url;
    }

    /** True once the worker has joined its group and answers {@code GET /connectors}. */
    public boolean isReady() {
        try {
            return send(get("/connectors")).statusCode() == 200;
        } catch (StackException e) {
            return false;
        }
    }

    /** {@code GET /connectors}: the names of every connector. */
    public List<String> connectors() {
        List<String> names = new ArrayList<>();
        read(send(get("/connectors"))).forEach(n -> names.add(n.asText()));
        return names;
    }

    /** {@code PUT /connectors/<name>/config}: creates or updates a connector (idempotent). */
    public void putConfig(String name, Map<String, String> config) {
        HttpResponse<String> response = null;
        // 409: the worker group is rebalancing (e.g. after another connector's config changed); retry shortly.
        for (int attempt = 1; attempt <= CONFLICT_ATTEMPTS; attempt++) {
            response = send(request(connector(name) + "/config")
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(write(config))));
            if (response.statusCode() != 409 || attempt == CONFLICT_ATTEMPTS) {
                break;
            }
            pause(Duration.ofMillis(500L * attempt));
        }
        if (response.statusCode() / 100 != 2) {
            throw new StackException("Kafka Connect refused connector " + name + " (HTTP " + response.statusCode()
                    + "): " + response.body());
        }
    }

    /** {@code GET /connectors/<name>/config}, or empty if there is no such connector. */
    public Optional<Map<String, String>> config(String name) {
        HttpResponse<String> response = send(get(connector(name) + "/config"));
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(JSON.convertValue(read(response), new TypeReference<Map<String, String>>() {}));
    }

    /** {@code GET /connectors/<name>/status} as JSON, or null if there is no such connector. */
    public JsonNode status(String name) {
        HttpResponse<String> response = send(get(connector(name) + "/status"));
        if (response.statusCode() == 404) {
            return null;
        }
        return read(response);
    }

    /** The status of a connector and its tasks, or empty if there is no such connector. */
    public Optional<ConnectorStatus> connectorStatus(String name) {
        JsonNode status = status(name);
        if (status == null) {
            return Optional.empty();
        }
        List<TaskStatus> tasks = new ArrayList<>();
        for (JsonNode task : status.path("tasks")) {
            tasks.add(new TaskStatus(
                    task.path("id").asInt(),
                    task.path("state").asText(),
                    task.path("worker_id").asText(),
                    task.hasNonNull("trace") ? task.path("trace").asText() : null));
        }
        JsonNode c = status.path("connector");
        return Optional.of(new ConnectorStatus(
                status.path("name").asText(name),
                c.path("state").asText(),
                c.path("worker_id").asText(),
                c.hasNonNull("trace") ? c.path("trace").asText() : null,
                List.copyOf(tasks)));
    }

    /** The connector's state, then each task's, e.g. {@code [RUNNING, RUNNING]}; empty if it does not exist. */
    public List<String> states(String name) {
        return connectorStatus(name).map(ConnectorStatus::states).orElse(List.of());
    }

    /**
     * {@code POST /connectors/<name>/restart}: restarts the connector, with {@code includeTasks} its tasks too, with
     * {@code onlyFailed} only the parts that failed (KIP-745).
     */
    public void restart(String name, boolean includeTasks, boolean onlyFailed) {
        expect2xx(
                "restart " + name,
                send(request(connector(name) + "/restart?includeTasks=" + includeTasks + "&onlyFailed=" + onlyFailed)
                        .POST(HttpRequest.BodyPublishers.noBody())));
    }

    /** Restarts the failed parts of a connector (connector and tasks). */
    public void restartFailed(String name) {
        restart(name, true, true);
    }

    /** {@code PUT /connectors/<name>/pause}: stops delivering records until {@link #resume}. */
    public void pause(String name) {
        expect2xx("pause " + name, send(request(connector(name) + "/pause").PUT(HttpRequest.BodyPublishers.noBody())));
    }

    /** {@code PUT /connectors/<name>/resume}. */
    public void resume(String name) {
        expect2xx(
                "resume " + name, send(request(connector(name) + "/resume").PUT(HttpRequest.BodyPublishers.noBody())));
    }

    /**
     * {@code GET /connectors?expand=status&expand=info}: every connector with its config, state, tasks and their
     * error traces, in one call.
     */
    public JsonNode connectorsExpanded() {
        return read(send(get("/connectors?expand=status&expand=info")));
    }

    /** Deletes a connector; no error if it does not exist. */
    public void delete(String name) {
        HttpResponse<String> response = send(request(connector(name)).DELETE());
        if (response.statusCode() != 404) {
            expect2xx("delete " + name, response);
        }
    }

    /** {@code GET /connector-plugins}: the connector plugins the worker found. */
    public List<Plugin> plugins() {
        List<Plugin> plugins = new ArrayList<>();
        for (JsonNode p : read(send(get("/connector-plugins")))) {
            plugins.add(new Plugin(
                    p.path("class").asText(),
                    p.path("type").asText(),
                    p.path("version").asText()));
        }
        return plugins;
    }

    private static String connector(String name) {
        return "/connectors/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url + path));
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new StackException("Kafka Connect at " + url + " does not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while calling Kafka Connect", e);
        }
    }

    private void expect2xx(String what, HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new StackException("Kafka Connect at " + url + " refused to " + what + " (HTTP "
                    + response.statusCode() + "): " + response.body());
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while calling Kafka Connect", e);
        }
    }

    private static JsonNode read(HttpResponse<String> response) {
        try {
            if (response.statusCode() / 100 != 2) {
                throw new StackException(
                        "Kafka Connect answered HTTP " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new StackException("Kafka Connect sent invalid JSON: " + e.getMessage(), e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
