package io.kafkapipeline.kafka.sink.integration;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Kafka Connect REST calls the ITs need. */
final class ConnectClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String url;

    ConnectClient(String url) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The connector's state and its tasks' states, e.g. {@code [RUNNING, RUNNING]}; empty if it does not exist. */
    List<String> states(String name) {
        HttpResponse<String> response = send(get("/connectors/" + name + "/status"));
        if (response.statusCode() == 404) {
            return List.of();
        }
        JsonNode status = read(response);
        List<String> states = new ArrayList<>();
        states.add(status.path("connector").path("state").asText());
        status.path("tasks").forEach(task -> states.add(task.path("state").asText()));
        return states;
    }

    /** The status JSON of a connector, for failure messages. */
    String status(String name) {
        return send(get("/connectors/" + name + "/status")).body();
    }

    Map<String, String> config(String name) {
        try {
            return JSON.readValue(
                    read(send(get("/connectors/" + name + "/config"))).toString(),
                    new TypeReference<Map<String, String>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void putConfig(String name, Map<String, String> config) {
        try {
            HttpResponse<String> response =
                    send(HttpRequest.newBuilder(URI.create(url + "/connectors/" + name + "/config"))
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(config))));
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(
                        "PUT " + name + " answered " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(String name) {
        send(HttpRequest.newBuilder(URI.create(url + "/connectors/" + name)).DELETE());
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(url + path)).GET();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Kafka Connect answered " + response.statusCode() + ": " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
