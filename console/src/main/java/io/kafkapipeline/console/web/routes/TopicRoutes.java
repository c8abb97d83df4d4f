package io.kafkapipeline.console.web.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.kafkapipeline.console.BadRequestException;
import io.kafkapipeline.console.Console;
import io.kafkapipeline.console.kafka.Browse;
import io.kafkapipeline.console.kafka.Message;
import io.kafkapipeline.console.kafka.MessageBrowser;
import io.kafkapipeline.console.kafka.Produce;
import io.kafkapipeline.console.web.Web;
import io.kafkapipeline.datavis.csv.CsvWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /topics} and {@code /topics/{name}}: topics with partitions, replication and sizes; one page of messages
 * at a time (from the beginning, an offset, a timestamp or the latest, filtered), live tail, export, produce.
 */
public final class TopicRoutes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Console console;
    private final Web web;

    public TopicRoutes(Console console, Web web) {
        this.console = console;
        this.web = web;
    }

    public void register(RoutesConfig routes) {
        routes.get(
                "/topics",
                ctx -> web.page(
                        ctx,
                        "topics.jte",
                        "Topics",
                        "topics",
                        Map.of("topics", console.topics().list())));
        routes.get("/api/topics", ctx -> ctx.json(console.topics().list()));
        routes.get("/topics/{name}", this::topicPage);
        routes.get("/topics/{name}/messages", ctx -> {
            String name = ctx.pathParam("name");
            web.fragment(ctx, "messages.jte", Map.of("page", read(ctx, name), "topic", name));
        });
        routes.get("/api/topics/{name}", ctx -> {
            String name = ctx.pathParam("name");
            Map<String, Object> topic = new LinkedHashMap<>();
            topic.put("topic", console.topics().topic(name));
            topic.put("configs", console.topics().configs(name));
            ctx.json(topic);
        });
        routes.get("/api/topics/{name}/messages", this::messages);
        routes.post("/api/topics/{name}/messages", this::produce);
    }

    private void topicPage(Context ctx) {
        String name = ctx.pathParam("name");
        Map<String, String> params = Web.query(ctx);
        boolean tail = "on".equals(params.get("tail"));
        if (tail) {
            params.put("from", "latest");
            params.remove("cursor");
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("topic", console.topics().topic(name));
        model.put("configs", console.topics().configs(name));
        model.put("page", console.browser().read(Browse.of(name, params, web.pageSize())));
        model.put("tail", tail);
        web.page(ctx, "topic.jte", name, "topics", model);
    }

    private MessageBrowser.Page read(Context ctx, String name) {
        return console.browser().read(Browse.of(name, Web.query(ctx), web.pageSize()));
    }

    /** A page as JSON; with {@code format=json} or {@code format=csv} a download of the same messages. */
    private void messages(Context ctx) {
        String name = ctx.pathParam("name");
        MessageBrowser.Page page = read(ctx, name);
        String format = ctx.queryParam("format");
        if ("csv".equals(format)) {
            StringWriter out = new StringWriter();
            CsvWriter csv = new CsvWriter(out);
            csv.write(List.of("topic", "partition", "offset", "timestamp", "key", "value", "headers"));
            for (Message m : page.messages()) {
                csv.write(java.util.Arrays.asList(
                        m.topic(),
                        Integer.toString(m.partition()),
                        Long.toString(m.offset()),
                        m.timestamp().toString(),
                        m.key(),
                        m.value(),
                        headersJson(m)));
            }
            csv.flush();
            ctx.header("Content-Disposition", "attachment; filename=\"" + safe(name) + ".csv\"")
                    .contentType("text/csv; charset=utf-8")
                    .result(out.toString());
        } else if ("json".equals(format)) {
            ctx.header("Content-Disposition", "attachment; filename=\"" + safe(name) + ".json\"")
                    .json(page.messages());
        } else if (format == null || format.isEmpty()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("messages", page.messages());
            body.put("next", page.nextCursor());
            body.put("scanned", page.scanned());
            ctx.json(body);
        } else {
            throw new BadRequestException("format must be json or csv, not '" + format + "'");
        }
    }

    private void produce(Context ctx) throws Exception {
        String name = ctx.pathParam("name");
        String key;
        String value;
        String headers;
        if (ctx.contentType() != null && ctx.contentType().startsWith("application/json")) {
            JsonNode body = JSON.readTree(ctx.body());
            key = body.hasNonNull("key") ? body.get("key").asText() : null;
            value = body.hasNonNull("value") ? body.get("value").asText() : null;
            StringBuilder lines = new StringBuilder();
            body.path("headers")
                    .fields()
                    .forEachRemaining(e -> lines.append(e.getKey())
                            .append(": ")
                            .append(e.getValue().asText())
                            .append('\n'));
            headers = lines.toString();
        } else {
            key = Web.param(ctx, "key");
            value = Web.param(ctx, "value");
            headers = Web.param(ctx, "headers");
        }
        Produce.Sent sent = console.produce().send(name, key, value, headers);
        web.result(
                ctx,
                sent,
                true,
                "Sent to " + sent.topic() + " partition " + sent.partition() + " at offset " + sent.offset(),
                List.of());
    }

    private static String headersJson(Message m) {
        Map<String, String> headers = new LinkedHashMap<>();
        m.headers().forEach(h -> headers.put(h.name(), h.value()));
        try {
            return JSON.writeValueAsString(headers);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
