package io.kafkapipeline.bench.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The few Connect REST calls the benchmark needs: create, task status, delete. */
public final class ConnectClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String url;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ConnectClient(String url) {
        this.url = url;
    }

    public void create(String name, Map<String, String> config) {
        send("POST", "/connectors", Map.of("name", name, "config", config));
    }

    public void delete(String name) {
        send("DELETE", "/connectors/" + name, null);
    }

    /** The states of the connector's tasks, e.g. {@code [RUNNING, RUNNING]}; empty while none is assigned. */
    public List<String> taskStates(String name) {
        JsonNode status = MAPPER.valueToTree(read("/connectors/" + name + "/status"));
        List<String> states = new ArrayList<>();
        status.path("tasks").forEach(t -> states.add(t.path("state").asText()));
        return states;
    }

    public String taskTrace(String name) {
        JsonNode status = MAPPER.valueToTree(read("/connectors/" + name + "/status"));
        StringBuilder trace = new StringBuilder();
        status.path("tasks").forEach(t -> trace.append(t.path("trace").asText("")));
        return trace.toString();
    }

    private Object read(String path) {
        return send("GET", path, null);
    }

    private Object send(String method, String path, Object body) {
        try {
            HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json");
            req.method(
                    method,
                    body == null
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(body)));
            HttpResponse<String> resp = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
            if (resp.statusCode() >= 300) {
                throw new IllegalStateException(
                        method + " " + path + " answered " + resp.statusCode() + ": " + resp.body());
            }
            return resp.body().isBlank() ? null : MAPPER.readValue(resp.body(), Object.class);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
