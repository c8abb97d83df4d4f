package io.kafkapipeline.console.web.routes;

import io.javalin.config.RoutesConfig;
import io.kafkapipeline.console.Console;
import io.kafkapipeline.console.web.Web;
import java.util.Map;

/** {@code /brokers}: nodes, KRaft roles, the active controller. */
public final class ClusterRoutes {

    private final Console console;
    private final Web web;

    public ClusterRoutes(Console console, Web web) {
        this.console = console;
        this.web = web;
    }

    public void register(RoutesConfig routes) {
        routes.get(
                "/brokers",
                ctx -> web.page(
                        ctx,
                        "brokers.jte",
                        "Brokers",
                        "brokers",
                        Map.of("cluster", console.cluster().overview())));
        routes.get("/api/brokers", ctx -> ctx.json(console.cluster().overview()));
    }
}
