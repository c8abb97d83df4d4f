package io.kafkapipeline.console.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kafkapipeline.console.Console;
import io.kafkapipeline.console.config.Deployment;
import io.kafkapipeline.console.web.ConsoleServer;
import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.StackConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The console under test: one server for every IT class of the module, against the one local stack of the run, on a
 * free port of 127.0.0.1 (as {@code ./pipeline console} would run it against that stack), plus an HTTP client.
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

    static synchronized TestConsole of(LocalStack stack) {
        if (instance == null) {
            // As ./pipeline console finds the stack: through its state folder (like ./pipeline status).
            Console console = new Console(Deployment.local(StackConfig.fromEnvironment(Map.of(
                    "PIPELINE_HOME", stack.config().home().toString(),
                    "PIPELINE_STATE_DIR", stack.config().stateDir().toString()))));
            ConsoleServer server =
                    new ConsoleServer(console, new ConsoleServer.Settings("127.0.0.1", 0, null, 50, 4000)).start();
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                server.close();
                                console.close();
                            },
                            "test-console-stop"));
            instance = new TestConsole(stack, "http://127.0.0.1:" + server.port());
        }
        return instance;
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
