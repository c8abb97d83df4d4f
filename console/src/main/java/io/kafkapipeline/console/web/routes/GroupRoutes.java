package io.kafkapipeline.console.web.routes;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.kafkapipeline.console.BadRequestException;
import io.kafkapipeline.console.Console;
import io.kafkapipeline.console.kafka.Groups;
import io.kafkapipeline.console.web.Web;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code /groups}: consumer groups with members and lag per partition; offset reset of a stopped group. */
public final class GroupRoutes {

    private final Console console;
    private final Web web;

    public GroupRoutes(Console console, Web web) {
        this.console = console;
        this.web = web;
    }

    public void register(RoutesConfig routes) {
        routes.get(
                "/groups",
                ctx -> web.page(
                        ctx,
                        "groups.jte",
                        "Consumer groups",
                        "groups",
                        Map.of("groups", console.groups().list())));
        routes.get("/api/groups", ctx -> ctx.json(console.groups().list()));
        routes.get("/api/groups/{id}", ctx -> ctx.json(console.groups().group(ctx.pathParam("id"))));
        routes.post("/api/groups/{id}/reset", this::reset);
    }

    private void reset(Context ctx) {
        String id = ctx.pathParam("id");
        String toText = Web.param(ctx, "to");
        Groups.ResetTo to = Groups.ResetTo.of(toText == null ? "" : toText);
        long offset = 0;
        if (to == Groups.ResetTo.OFFSET) {
            try {
                offset = Long.parseLong(String.valueOf(Web.param(ctx, "offset")).strip());
            } catch (NumberFormatException e) {
                throw new BadRequestException("to=offset needs offset, a whole number");
            }
        }
        Instant timestamp = null;
        if (to == Groups.ResetTo.TIMESTAMP) {
            try {
                timestamp = Instant.parse(
                        String.valueOf(Web.param(ctx, "timestamp")).strip());
            } catch (DateTimeParseException e) {
                throw new BadRequestException("to=timestamp needs timestamp, ISO-8601 like 2026-11-28T06:00:00Z");
            }
        }
        Groups.ResetResult result = console.groups().reset(id, Web.param(ctx, "topic"), to, offset, timestamp);
        List<String> lines = new ArrayList<>();
        result.after().forEach((tp, o) -> lines.add(tp + " → " + o));
        web.result(ctx, result, true, "Offsets of " + id + " reset to " + toText, lines);
    }
}
