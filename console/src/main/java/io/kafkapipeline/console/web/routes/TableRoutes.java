package io.kafkapipeline.console.web.routes;

import io.javalin.config.RoutesConfig;
import io.kafkapipeline.console.Console;
import io.kafkapipeline.console.NotFoundException;
import io.kafkapipeline.console.cassandra.Tables;
import io.kafkapipeline.console.web.Web;
import java.util.Map;

/** {@code /tables/{name}}: the latest rows of a table of the schema and its data-vis charts. */
public final class TableRoutes {

    private final Console console;
    private final Web web;

    public TableRoutes(Console console, Web web) {
        this.console = console;
        this.web = web;
    }

    public void register(RoutesConfig routes) {
        routes.get(
                "/tables",
                ctx -> web.page(
                        ctx,
                        "tables.jte",
                        "Tables",
                        "tables",
                        Map.of("tables", console.tables().list())));
        routes.get("/api/tables", ctx -> ctx.json(console.tables().list()));
        routes.get("/tables/{name}", ctx -> {
            Tables.Rows rows = console.tables().latest(ctx.pathParam("name"), web.pageSize());
            web.page(ctx, "table.jte", rows.table().qualifiedName(), "tables", Map.of("rows", rows));
        });
        routes.get(
                "/api/tables/{name}", ctx -> ctx.json(console.tables().latest(ctx.pathParam("name"), web.pageSize())));
        routes.get("/tables/{name}/charts", ctx -> {
            String name = ctx.pathParam("name");
            web.fragment(
                    ctx,
                    "charts.jte",
                    Map.of("table", name, "charts", console.tables().charts(name)));
        });
        routes.get("/tables/{name}/charts/{file}", ctx -> {
            String name = ctx.pathParam("name");
            String file = ctx.pathParam("file");
            Tables.Chart chart = console.tables().charts(name).stream()
                    .filter(c -> c.file().equals(file))
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("No chart " + file + " of " + name));
            ctx.contentType("image/png").header("Cache-Control", "max-age=30").result(chart.png());
        });
    }
}
