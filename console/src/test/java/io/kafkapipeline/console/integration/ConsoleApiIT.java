package io.kafkapipeline.console.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kafkapipeline.stack.LocalStack;
import io.kafkapipeline.stack.junit.InProcessCli;
import io.kafkapipeline.stack.junit.LocalStackExtension;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JSON API against the real local stack: status, topics and messages, groups and lag, connectors, redrive. */
@ExtendWith(LocalStackExtension.class)
class ConsoleApiIT {

    private static final Logger log = LoggerFactory.getLogger(ConsoleApiIT.class);

    @Test
    void apiStatusIsWhatPipelineStatusJsonPrints(LocalStack stack) {
        TestConsole console = TestConsole.of(stack);
        Fixtures.awaitRunning(stack, Fixtures.FAKER_SINK);
        await("/api/status equal to ./pipeline status --json (counts may move between two reads)")
                .atMost(Fixtures.PATIENCE)
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    JsonNode cli = withoutUptime(TestConsole.parse(pipelineStatusJson(stack)));
                    JsonNode api = withoutUptime(console.getJson("/api/status"));
                    assertThat(api).isEqualTo(cli);
                });
        JsonNode api = console.getJson("/api/status");
        assertThat(api.path("flows"))
                .extracting(f -> f.path("connector").asText())
                .contains("weathersink", "fakersink", "spacexsink", "twittersink");
        JsonNode classifier = flow(api, "twittersink").path("upstream");
        assertThat(classifier.path("topic").asText()).isEqualTo("twitter");
        assertThat(classifier.path("dlqTopic").asText()).isEqualTo("twitter-dlq");
        assertThat(classifier.path("outputTopic").asText()).isEqualTo("twittersink");
        assertThat(classifier.path("state").asText())
                .as("the test stack starts none of its services: the state of its classifier process")
                .isEqualTo("down");
        assertThat(api.path("processes"))
                .extracting(p -> p.path("process").asText())
                .contains("kafka", "connect", "cassandra");
    }

    @Test
    void topicMessagesComePageByPageWithoutGapsAndFilterOnKeyValueAndHeader(LocalStack stack) throws Exception {
        TestConsole console = TestConsole.of(stack);
        String topic = Fixtures.runId();
        Fixtures.createTopic(stack, topic, 3);
        Map<String, String> records = new LinkedHashMap<>();
        for (int i = 0; i < 120; i++) {
            records.put("k-" + i, "{\"n\": " + i + ", \"city\": \"" + (i % 2 == 0 ? "Hanoi" : "Hue") + "\"}");
        }
        Fixtures.send(stack, topic, records);
        Fixtures.send(stack, topic, 1, Map.of("with-header", "{}"), Map.of("source", "it-check"));

        JsonNode info = console.getJson("/api/topics/" + topic).path("topic");
        assertThat(info.path("partitions")).hasSize(3);
        long total = 0;
        for (JsonNode p : info.path("partitions")) {
            total += p.path("latest").asLong() - p.path("earliest").asLong();
        }
        assertThat(total).isEqualTo(121);

        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = console.getJson("/api/topics/" + topic + "/messages?from=beginning&limit=50"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.path("messages").size()).isLessThanOrEqualTo(50);
            for (JsonNode m : page.path("messages")) {
                assertThat(seen.add(m.path("partition").asInt() + ":"
                                + m.path("offset").asLong()))
                        .as("message shown twice")
                        .isTrue();
            }
            cursor = page.path("next").isNull() ? null : page.path("next").asText();
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(seen).hasSize(121);
        assertThat(pages).isEqualTo(3);

        JsonNode byKey = console.getJson("/api/topics/" + topic + "/messages?key=k-7&limit=100");
        assertThat(byKey.path("messages"))
                .extracting(m -> m.path("key").asText())
                .containsExactlyInAnyOrder(
                        "k-7", "k-70", "k-71", "k-72", "k-73", "k-74", "k-75", "k-76", "k-77", "k-78", "k-79");
        JsonNode byValue = console.getJson("/api/topics/" + topic + "/messages?value=hue&limit=100");
        assertThat(byValue.path("messages")).hasSize(60);
        JsonNode byHeader = console.getJson("/api/topics/" + topic + "/messages?header=source%3Dit-check");
        assertThat(byHeader.path("messages"))
                .extracting(m -> m.path("key").asText())
                .containsExactly("with-header");

        JsonNode fromOffset = console.getJson("/api/topics/" + topic + "/messages?partition=1&from=offset&offset=5");
        assertThat(fromOffset.path("messages")).isNotEmpty().allSatisfy(m -> {
            assertThat(m.path("partition").asInt()).isEqualTo(1);
            assertThat(m.path("offset").asLong()).isGreaterThanOrEqualTo(5);
        });
        JsonNode future =
                console.getJson("/api/topics/" + topic + "/messages?from=timestamp&timestamp=2099-01-01T00:00:00Z");
        assertThat(future.path("messages")).isEmpty();
        JsonNode latest = console.getJson("/api/topics/" + topic + "/messages?from=latest&limit=5");
        assertThat(latest.path("messages")).hasSize(5);

        HttpResponse<String> csv = console.get("/api/topics/" + topic + "/messages?key=k-7&limit=100&format=csv");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().lines().count()).as("header + 11 records").isEqualTo(12);
        assertThat(console.get("/api/topics/no-such-topic-" + topic + "/messages")
                        .statusCode())
                .isEqualTo(404);
        assertThat(console.get("/api/topics/" + topic + "/messages?from=yesterday")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void producingThroughTheApiSendsKeyValueAndHeaders(LocalStack stack) throws Exception {
        TestConsole console = TestConsole.of(stack);
        String topic = Fixtures.runId();
        Fixtures.createTopic(stack, topic, 1);
        ObjectNode body = (ObjectNode) TestConsole.parse("{}");
        body.put("key", "typed-key");
        body.put("value", "{\"typed\": true}");
        body.putObject("headers").put("origin", "console-it");
        JsonNode sent = console.postJson("/api/topics/" + topic + "/messages", body.toString());
        assertThat(sent.path("offset").asLong()).isZero();
        JsonNode m = console.getJson("/api/topics/" + topic + "/messages")
                .path("messages")
                .get(0);
        assertThat(m.path("key").asText()).isEqualTo("typed-key");
        assertThat(m.path("value").asText()).isEqualTo("{\"typed\": true}");
        assertThat(m.path("headers").get(0).path("name").asText()).isEqualTo("origin");
        assertThat(m.path("headers").get(0).path("value").asText()).isEqualTo("console-it");
    }

    @Test
    void groupShowsLagPerPartitionAndItsOffsetsResetOnlyWhenStopped(LocalStack stack) throws Exception {
        TestConsole console = TestConsole.of(stack);
        String topic = Fixtures.runId();
        String group = topic + "-group";
        Fixtures.createTopic(stack, topic, 2);
        Map<String, String> records = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            records.put("k" + i, "v" + i);
        }
        Fixtures.send(stack, topic, 0, records, Map.of());
        Fixtures.send(stack, topic, 1, Map.of("a", "1", "b", "2", "c", "3"), Map.of());
        try (KafkaConsumer<String, String> consumer = consumer(stack, group)) {
            consumer.assign(List.of(new TopicPartition(topic, 0), new TopicPartition(topic, 1)));
            consumer.commitSync(Map.of(
                    new TopicPartition(topic, 0), new OffsetAndMetadata(4),
                    new TopicPartition(topic, 1), new OffsetAndMetadata(3)));
        }
        JsonNode info = console.getJson("/api/groups/" + group);
        assertThat(info.path("partitions")).hasSize(2);
        assertThat(info.path("partitions").get(0).path("committed").asLong()).isEqualTo(4);
        assertThat(info.path("partitions").get(0).path("end").asLong()).isEqualTo(10);
        assertThat(info.path("partitions").get(0).path("lag").asLong()).isEqualTo(6);
        assertThat(info.path("partitions").get(1).path("lag").asLong()).isZero();
        assertThat(console.getJson("/api/groups"))
                .extracting(g -> g.path("groupId").asText())
                .contains(group);

        // A running member: the reset is refused (its next commit would undo it).
        AtomicBoolean stop = new AtomicBoolean();
        Thread member = new Thread(() -> {
            try (KafkaConsumer<String, String> consumer = consumer(stack, group)) {
                consumer.subscribe(List.of(topic));
                while (!stop.get()) {
                    consumer.poll(Duration.ofMillis(200));
                }
            }
        });
        member.start();
        try {
            await("a member in " + group)
                    .atMost(Fixtures.PATIENCE)
                    .until(() -> console.getJson("/api/groups/" + group)
                                    .path("members")
                                    .size()
                            == 1);
            HttpResponse<String> refused = console.post("/api/groups/" + group + "/reset?to=earliest", "{}");
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("member");
        } finally {
            stop.set(true);
            member.join();
        }
        await("the group is empty again")
                .atMost(Fixtures.PATIENCE)
                .until(() ->
                        console.getJson("/api/groups/" + group).path("members").isEmpty());
        JsonNode reset = postForm(console, "/api/groups/" + group + "/reset", "to=earliest&topic=" + topic);
        assertThat(reset.path("after").path(topic + "-0").asLong()).isZero();
        JsonNode after = console.getJson("/api/groups/" + group);
        assertThat(after.path("partitions").get(0).path("lag").asLong()).isEqualTo(10);
        assertThat(after.path("partitions").get(1).path("lag").asLong()).isEqualTo(3);
    }

    @Test
    void connectorPausesAndResumesThroughTheApi(LocalStack stack) {
        TestConsole console = TestConsole.of(stack);
        Fixtures.awaitRunning(stack, Fixtures.FAKER_SINK);
        console.postJson("/api/connectors/fakersink/pause", "{}");
        try {
            awaitFakerSinkState(console, "PAUSED");
        } finally {
            console.postJson("/api/connectors/fakersink/resume", "{}");
        }
        awaitFakerSinkState(console, "RUNNING");
        assertThat(console.post("/api/connectors/no-such-connector/pause", "{}").statusCode())
                .isEqualTo(404);
    }

    @Test
    void redriveSendsFixedDeadLettersBackToTheirTopicAndTheCountsAgree(LocalStack stack) throws Exception {
        TestConsole console = TestConsole.of(stack);
        String run = Fixtures.runId();
        List<String> names = List.of(run + "-a", run + "-b", run + "-c");
        Fixtures.breakFakerSink(stack);
        try {
            Map<String, String> records = new LinkedHashMap<>();
            names.forEach(n -> records.put(n, Fixtures.person(n)));
            Fixtures.send(stack, "faker", records);
            List<String> ids = await("the 3 records of " + run + " in faker-dlq")
                    .atMost(Fixtures.PATIENCE)
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> letterIds(console, run), found -> found.size() == 3);
            JsonNode letter = letters(console).stream()
                    .filter(l -> l.path("message").path("key").asText().startsWith(run))
                    .findFirst()
                    .orElseThrow();
            assertThat(letter.path("originalTopic").asText()).isEqualTo("faker");
            assertThat(letter.path("exceptionClass").asText()).contains("RecordFailureException");
            assertThat(letter.path("stage").asText()).isNotEmpty();

            Fixtures.restoreFakerSink(stack);
            JsonNode before = queue(console);
            JsonNode report =
                    console.postJson("/api/dlq/faker-dlq/redrive", "{\"letters\": " + Fixtures.write(ids) + "}");
            assertThat(report.path("redriven").asInt()).isEqualTo(3);
            assertThat(report.path("skipped")).isEmpty();
            for (String name : names) {
                Fixtures.awaitFakerRow(stack, name);
            }
            JsonNode after = queue(console);
            assertThat(after.path("redriven").asLong())
                    .isEqualTo(before.path("redriven").asLong() + 3);
            assertThat(after.path("pending").asLong())
                    .isEqualTo(before.path("pending").asLong() - 3);
            long inStatus = flow(console.getJson("/api/status"), "fakersink")
                    .path("deadLetters")
                    .asLong();
            assertThat(after.path("letters").asLong())
                    .as("letters in faker-dlq: console DLQ page vs status")
                    .isEqualTo(inStatus);

            JsonNode again =
                    console.postJson("/api/dlq/faker-dlq/redrive", "{\"letters\": " + Fixtures.write(ids) + "}");
            assertThat(again.path("redriven").asInt()).isZero();
            assertThat(again.path("skipped")).hasSize(3);
            assertThat(again.path("skipped").get(0).asText()).contains("already redriven");
        } finally {
            Fixtures.restoreFakerSink(stack);
        }
    }

    @Test
    void changingRequestsNeedTheCsrfTokenAndOnlyLocalHostNamesAreServed(LocalStack stack) throws Exception {
        TestConsole console = TestConsole.of(stack);
        HttpResponse<String> noToken =
                console.send(HttpRequest.newBuilder(URI.create(console.url + "/api/connectors/fakersink/pause"))
                        .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(console.getJson("/api/connectors/fakersink").path("state").asText())
                .isNotEqualTo("PAUSED");
        URI uri = URI.create(console.url);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /api/status HTTP/1.1\r\nHost: attacker.example:80\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer.lines().findFirst().orElse("")).contains("421");
        }
    }

    @Test
    void pagesAnswerWithin300MillisecondsOnTheIdleStack(LocalStack stack) {
        TestConsole console = TestConsole.of(stack);
        List<String> pages = List.of(
                "/",
                "/brokers",
                "/topics",
                "/topics/faker",
                "/topics/faker?from=latest",
                "/groups",
                "/connectors",
                "/dlq",
                "/dlq/faker-dlq",
                "/tables",
                "/tables/fakerdata",
                "/api/status");
        Map<String, Long> medians = new LinkedHashMap<>();
        for (String page : pages) {
            assertThat(console.get(page).statusCode()).as(page).isEqualTo(200);
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = console.get(page);
                millis.add((System.nanoTime() - start) / 1_000_000);
                assertThat(response.statusCode()).as(page).isEqualTo(200);
            }
            millis.sort(Long::compare);
            medians.put(page, millis.get(2));
        }
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
                / Runtime.getRuntime().availableProcessors();
        log.info("Median page times (ms) of 5 requests after one warm-up, load {} per core: {}", load, medians);
        // "On the idle stack": a machine busy with other work (load above 2 per core) says nothing about the console.
        assumeTrue(load < 2, "machine too busy to time pages: load " + load + " per core");
        assertThat(medians).allSatisfy((page, ms) -> assertThat(ms).as(page).isLessThan(300));
    }

    @Test
    void theConsoleTakesAbout200MegabytesOfMemory(LocalStack stack) throws Exception {
        TestConsole console = TestConsole.of(stack);
        for (String page : List.of(
                "/",
                "/topics",
                "/topics/faker",
                "/groups",
                "/connectors",
                "/dlq",
                "/tables/weatherreport",
                "/tables/weatherreport/charts",
                "/tables/spacex_launches/charts",
                "/tables/fakerdata/charts")) {
            assertThat(console.get(page).statusCode()).as(page).isEqualTo(200);
        }
        long pid = console.process().pid();
        String status = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/status"));
        long rssKb = status.lines()
                .filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
                .findFirst()
                .orElseThrow();
        log.info("Console resident memory after every page and every chart: {} MB", rssKb / 1024);
        assertThat(rssKb / 1024).as("resident MB of the console process").isLessThan(240);
    }

    private static List<String> letterIds(TestConsole console, String run) {
        List<String> ids = new ArrayList<>();
        for (JsonNode l : letters(console)) {
            if (l.path("message").path("key").asText().startsWith(run)) {
                ids.add(l.path("message").path("partition").asInt() + ":"
                        + l.path("message").path("offset").asLong());
            }
        }
        return ids;
    }

    /** Every letter of faker-dlq, page after page. */
    private static List<JsonNode> letters(TestConsole console) {
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = console.getJson("/api/dlq/faker-dlq" + (cursor == null ? "" : "?cursor=" + cursor));
            page.path("letters").forEach(all::add);
            cursor = page.path("next").isNull() || page.path("next").isMissingNode()
                    ? null
                    : page.path("next").asText();
        } while (cursor != null);
        return all;
    }

    private static JsonNode queue(TestConsole console) {
        for (JsonNode q : console.getJson("/api/dlq")) {
            if (q.path("topic").asText().equals("faker-dlq")) {
                return q;
            }
        }
        throw new AssertionError("no faker-dlq in /api/dlq");
    }

    private static JsonNode flow(JsonNode status, String connector) {
        for (JsonNode f : status.path("flows")) {
            if (f.path("connector").asText().equals(connector)) {
                return f;
            }
        }
        throw new AssertionError("no flow " + connector);
    }

    private static JsonNode postForm(TestConsole console, String path, String form) {
        String token = console.getJson("/api/csrf").path("token").asText();
        HttpResponse<String> response = console.send(HttpRequest.newBuilder(URI.create(console.url + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + token)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestConsole.parse(response.body());
    }

    private static KafkaConsumer<String, String> consumer(LocalStack stack, String group) {
        return new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        stack.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        group,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new StringDeserializer(),
                new StringDeserializer());
    }

    /** Waits until {@code /api/connectors/fakersink} says this state. */
    private static void awaitFakerSinkState(TestConsole console, String state) {
        await("fakersink " + state + " in /api/connectors")
                .atMost(Fixtures.PATIENCE)
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> console.getJson("/api/connectors/fakersink")
                                .path("state")
                                .asText(),
                        state::equals);
    }

    /** {@code ./pipeline status --json} in-process, against the test stack (found through its state folder). */
    private static String pipelineStatusJson(LocalStack stack) {
        return InProcessCli.run(stack, "status", "--json").out();
    }

    private static JsonNode withoutUptime(JsonNode status) {
        JsonNode copy = status.deepCopy();
        copy.path("processes").forEach(p -> ((ObjectNode) p).remove("uptimeSeconds"));
        return copy;
    }
}
