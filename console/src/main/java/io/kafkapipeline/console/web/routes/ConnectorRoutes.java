package io.kafkapipeline.console.web.routes;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.kafkapipeline.console.Console;
import io.kafkapipeline.console.connect.Connectors;
import io.kafkapipeline.console.web.Web;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /connectors}: state, tasks and their error traces; restart failed tasks, restart, pause, resume. */
public final class ConnectorRoutes {

    private final Console console;
    private final Web web;

    public ConnectorRoutes(Console console, Web web) {
        this.console = console;
        this.web = web;
    }

    public void register(RoutesConfig routes) {
        routes.get(
                "/connectors",
                ctx -> web.page(
                        ctx,
                        "connectors.jte",
                        "Connectors",
                        "connectors",
                        Map.of("connectors", console.connectors().list())));
        routes.get(
                "/fragments/connectors",
                ctx -> web.fragment(
                        ctx,
                        "connectors-fragment.jte",
                        Map.of("connectors", console.connectors().list())));
        routes.get("/api/connectors", ctx -> ctx.json(console.connectors().list()));
        routes.get(
                "/api/connectors/{name}", ctx -> ctx.json(console.connectors().connector(ctx.pathParam("name"))));
        routes.post("/api/connectors/{name}/restart", ctx -> {
            boolean onlyFailed = !"false".equals(ctx.queryParam("onlyFailed"));
            act(ctx, onlyFailed ? Connectors.Action.RESTART_FAILED : Connectors.Action.RESTART);
        });
        routes.post("/api/connectors/{name}/pause", ctx -> act(ctx, Connectors.Action.PAUSE));
        routes.post("/api/connectors/{name}/resume", ctx -> act(ctx, Connectors.Action.RESUME));
    }

    private void act(Context ctx, Connectors.Action action) {
        String name = ctx.pathParam("name");
        console.connectors().act(name, action);
        String done = switch (action) {
            case RESTART_FAILED -> "Restart of the failed tasks of " + name + " requested";
            case RESTART -> "Restart of " + name + " and its tasks requested";
            case PAUSE -> name + " paused";
            case RESUME -> name + " resumed";
        };
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("connector", name);
        json.put("action", action.name().toLowerCase(java.util.Locale.ROOT));
        json.put("done", true);
        ctx.header("HX-Trigger", "connectors-changed");
        web.result(ctx, json, true, done, List.of());
    }
}
