package io.kafkapipeline.stack.connect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kafkapipeline.stack.StackException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** The few Kafka Connect REST calls the stack needs. */
public final class ConnectRest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private static final int CONFLICT_ATTEMPTS = 10;

    private final String url;

    public ConnectRest(String url) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** True once the worker has joined its group and answers {@code GET /connectors}. */
    public boolean isReady() {
        try {
            return send(HttpRequest.newBuilder(URI.create(url + "/connectors")).GET())
                            .statusCode()
                    == 200;
        } catch (StackException e) {
            return false;
        }
    }

    /** {@code PUT /connectors/<name>/config}: creates or updates a connector (idempotent). */
    public void putConfig(String name, Map<String, String> config) {
        HttpResponse<String> response = null;
        // 409: the worker group is rebalancing (e.g. after another connector's config changed); retry shortly.
        for (int attempt = 1; attempt <= CONFLICT_ATTEMPTS; attempt++) {
            response = send(HttpRequest.newBuilder(URI.create(url + "/connectors/" + name + "/config"))
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

    /** {@code GET /connectors/<name>/status} as JSON, or null if there is no such connector. */
    public JsonNode status(String name) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url + "/connectors/" + name + "/status"))
                .GET());
        if (response.statusCode() == 404) {
            return null;
        }
        return read(response);
    }

    /** {@code GET /connectors}: the names of every connector. */
    public JsonNode connectors() {
        return read(send(HttpRequest.newBuilder(URI.create(url + "/connectors")).GET()));
    }

    /** Restarts the failed parts of a connector (connector and tasks). */
    public void restartFailed(String name) {
        restart(name, true, true);
    }

    /**
     * {@code POST /connectors/<name>/restart?includeTasks=..&onlyFailed=..} (KIP-745): restarts the connector and,
     * with {@code includeTasks}, its tasks; with {@code onlyFailed} only the parts that are FAILED.
     */
    public void restart(String name, boolean includeTasks, boolean onlyFailed) {
        check(
                send(HttpRequest.newBuilder(URI.create(url + "/connectors/" + path(name) + "/restart?includeTasks="
                                + includeTasks + "&onlyFailed=" + onlyFailed))
                        .POST(HttpRequest.BodyPublishers.noBody())),
                "restart " + name);
    }

    /** {@code PUT /connectors/<name>/pause}: the tasks stop consuming until {@link #resume}. */
    public void pause(String name) {
        check(
                send(HttpRequest.newBuilder(URI.create(url + "/connectors/" + path(name) + "/pause"))
                        .PUT(HttpRequest.BodyPublishers.noBody())),
                "pause " + name);
    }

    /** {@code PUT /connectors/<name>/resume}. */
    public void resume(String name) {
        check(
                send(HttpRequest.newBuilder(URI.create(url + "/connectors/" + path(name) + "/resume"))
                        .PUT(HttpRequest.BodyPublishers.noBody())),
                "resume " + name);
    }

    /** {@code GET /connectors/<name>/config}, or null if there is no such connector. */
    public JsonNode config(String name) {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create(url + "/connectors/" + path(name) + "/config"))
                        .GET());
        if (response.statusCode() == 404) {
            return null;
        }
        return read(response);
    }

    /**
     * {@code GET /connectors?expand=status&expand=info}: every connector with its config, state, tasks and their
     * error traces, in one call.
     */
    public JsonNode connectorsExpanded() {
        return read(send(HttpRequest.newBuilder(URI.create(url + "/connectors?expand=status&expand=info"))
                .GET()));
    }

    /** {@code GET /}: the worker's version and the Kafka cluster id. */
    public JsonNode worker() {
        return read(send(HttpRequest.newBuilder(URI.create(url + "/")).GET()));
    }

    private static String path(String name) {
        return java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    private void check(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 2) {
            throw new StackException(
                    "Kafka Connect refused to " + what + " (HTTP " + response.statusCode() + "): " + response.body());
        }
    }

    /** Deletes a connector; no error if it does not exist. */
    public void delete(String name) {
        send(HttpRequest.newBuilder(URI.create(url + "/connectors/" + name)).DELETE());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new StackException("Kafka Connect at " + url + " does not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while calling Kafka Connect", e);
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
