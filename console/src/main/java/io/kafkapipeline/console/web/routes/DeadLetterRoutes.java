package io.kafkapipeline.console.web.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.kafkapipeline.console.Console;
import io.kafkapipeline.console.NotFoundException;
import io.kafkapipeline.console.kafka.Browse;
import io.kafkapipeline.console.kafka.DeadLetters;
import io.kafkapipeline.console.web.Web;
import io.kafkapipeline.stack.StackException;
import io.kafkapipeline.stack.status.Flow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /dlq}: dead-letter topics and their letters with the error headers; redrive of selected letters. */
public final class DeadLetterRoutes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Console console;
    private final Web web;

    public DeadLetterRoutes(Console console, Web web) {
        this.console = console;
        this.web = web;
    }

    public void register(RoutesConfig routes) {
        routes.get("/dlq", ctx -> web.page(ctx, "dlq.jte", "Dead letters", "dlq", Map.of("queues", queues())));
        routes.get("/api/dlq", ctx -> ctx.json(queues()));
        routes.get("/dlq/{topic}", ctx -> {
            DeadLetters.LetterPage letters = letters(ctx);
            boolean pendingOnly = !"on".equals(ctx.queryParam("all"));
            web.page(
                    ctx,
                    "dlq-topic.jte",
                    "Dead letters of " + letters.queue().topic(),
                    "dlq",
                    Map.of("letters", letters, "pendingOnly", pendingOnly));
        });
        routes.get("/api/dlq/{topic}", ctx -> {
            DeadLetters.LetterPage letters = letters(ctx);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("queue", letters.queue());
            body.put("letters", letters.letters());
            body.put("next", letters.page().nextCursor());
            ctx.json(body);
        });
        routes.post("/api/dlq/{topic}/redrive", this::redrive);
    }

    /**
     * The dead-letter topics: those of the flows (connector configs, as {@code ./pipeline status} counts them) and
     * those of the connectors Kafka Connect runs (a connector added by hand shows too).
     */
    private List<DeadLetters.Queue> queues() {
        Map<String, String[]> byConnector = new LinkedHashMap<>();
        for (Flow f : console.deployment().flows()) {
            if (f.dlqTopic() != null) {
                byConnector.put(f.connector(), new String[] {f.dlqTopic(), f.topic()});
            }
        }
        try {
            byConnector.putAll(console.connectors().deadLetterTopics());
        } catch (StackException e) {
            // Connect down: the flows' queues still show
        }
        return console.deadLetters().queues(byConnector);
    }

    private DeadLetters.Queue queue(String topic) {
        return queues().stream()
                .filter(q -> q.topic().equals(topic))
                .findFirst()
                .orElseThrow(
                        () -> new NotFoundException("'" + topic + "' is not the dead-letter topic of a connector"));
    }

    private DeadLetters.LetterPage letters(Context ctx) {
        DeadLetters.Queue queue = queue(ctx.pathParam("topic"));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("from", "beginning");
        params.put("cursor", ctx.queryParam("cursor"));
        if (queue.letters() < 0) {
            return new DeadLetters.LetterPage(queue, List.of(), null);
        }
        return console.deadLetters().letters(queue, Browse.of(queue.topic(), params, web.pageSize()));
    }

    private void redrive(Context ctx) throws Exception {
        DeadLetters.Queue queue = queue(ctx.pathParam("topic"));
        List<String> ids = new ArrayList<>();
        if (ctx.contentType() != null && ctx.contentType().startsWith("application/json")) {
            for (JsonNode id : JSON.readTree(ctx.body()).path("letters")) {
                ids.add(id.asText());
            }
        } else {
            ids.addAll(ctx.formParams("letter"));
        }
        DeadLetters.RedriveReport report = console.deadLetters().redrive(queue.topic(), ids);
        List<String> lines = new ArrayList<>(report.sent());
        report.skipped().forEach(s -> lines.add("skipped " + s));
        ctx.header("HX-Trigger", "letters-changed");
        web.result(
                ctx,
                report,
                report.skipped().isEmpty(),
                "Redrove " + report.redriven() + " of " + report.requested() + " dead letters of " + queue.topic(),
                lines);
    }
}
