package io.kafkapipeline.console.web.routes;

import io.javalin.config.RoutesConfig;
import io.kafkapipeline.console.Console;
import io.kafkapipeline.console.web.Web;
import java.util.Map;

/** {@code /}: every flow end to end, from the status model of {@code ./pipeline status}; {@code /api/status}. */
public final class FlowRoutes {

    private final Console console;
    private final Web web;

    public FlowRoutes(Console console, Web web) {
        this.console = console;
        this.web = web;
    }

    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> web.page(ctx, "flows.jte", "Flows", "flows", Map.of("status", console.status())));
        routes.get(
                "/fragments/flows", ctx -> web.fragment(ctx, "flows-fragment.jte", Map.of("status", console.status())));
        routes.get("/api/status", ctx -> ctx.json(console.status()));
    }
}
