package io.kafkapipeline.console.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.node.StackNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The console under test, the one the module's local stack started, plus an HTTP client.
 */
final class TestConsole {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestConsole instance;

    final LocalStack stack;
    final String url;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String csrf;

    private TestConsole(LocalStack stack, String url) {
        this.stack = stack;
        this.url = url;
    }

    /**
     * The console the module's stack started, as {@code ./pipeline up} starts it: a child JVM run from this module's
     * jar and runtime classpath (so {@code package} must have run: failsafe runs after it), on a free port.
     */
    static synchronized TestConsole of(LocalStack stack) {
        if (instance == null) {
            String url = stack.consoleUrl()
                    .map(Object::toString)
                    .orElseThrow(() -> new AssertionError("the stack did not start the console (see "
                            + stack.config().stateDir().resolve("logs/console.log") + ")"));
            instance = new TestConsole(stack, url);
        }
        return instance;
    }

    /** The console's process (for its memory). */
    ProcessHandle process() {
        StackNode node = stack.allNodes().stream()
                .filter(n -> n.name().equals("console"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no console process in the stack"));
        return node.jvm().pid().flatMap(ProcessHandle::of).orElseThrow();
    }

    /** A GET; the response whatever its status. */
    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url + path)).GET());
    }

    JsonNode getJson(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return parse(response.body());
    }

    /** A POST with a JSON body and the CSRF token. */
    HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(url + path))
                .header("Content-Type", "application/json")
                .header("X-CSRF-Token", csrf())
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    JsonNode postJson(String path, String json) {
        HttpResponse<String> response = post(path, json);
        if (response.statusCode() != 200) {
            throw new AssertionError("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return parse(response.body());
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("console at " + url + " does not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private synchronized String csrf() {
        if (csrf == null) {
            csrf = getJson("/api/csrf").path("token").asText();
        }
        return csrf;
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
