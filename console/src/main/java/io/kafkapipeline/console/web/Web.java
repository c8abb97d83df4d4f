package io.kafkapipeline.console.web;

import io.javalin.http.Context;
import io.kafkapipeline.console.views.PageContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the route classes share: page rendering with the common context, query parameters, htmx detection. */
public final class Web {

    private final PageContext base;
    private final int pageSize;

    Web(PageContext base, int pageSize) {
        this.base = base;
        this.pageSize = pageSize;
    }

    public PageContext context(String title, String nav) {
        return base.withTitle(title, nav);
    }

    /** Records, letters or rows per page ({@code CONSOLE_PAGE_SIZE}). */
    public int pageSize() {
        return pageSize;
    }

    /** Renders a full page: {@code template} gets {@code ctx} plus the model. */
    public void page(Context ctx, String template, String title, String nav, Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("ctx", context(title, nav));
        ctx.render(template, all);
    }

    /** Renders a fragment (no layout) that also gets {@code ctx}. */
    public void fragment(Context ctx, String template, Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.putIfAbsent("ctx", base);
        ctx.render(template, all);
    }

    /** The outcome of an action: JSON for API clients, a small HTML fragment for the page that asked (htmx). */
    public void result(Context ctx, Object json, boolean ok, String title, List<String> lines) {
        Audit.note(ctx, title + (lines.isEmpty() ? "" : " " + lines));
        if (htmx(ctx)) {
            ctx.render("result.jte", Map.of("ok", ok, "title", title, "lines", lines));
        } else {
            ctx.json(json);
        }
    }

    public static boolean htmx(Context ctx) {
        return "true".equals(ctx.header("HX-Request"));
    }

    /** The first value of each query parameter. */
    public static Map<String, String> query(Context ctx) {
        Map<String, String> params = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((k, v) -> params.put(k, v.isEmpty() ? "" : v.get(0)));
        return params;
    }

    /** A parameter from the form or JSON-less POST body, else from the query. */
    public static String param(Context ctx, String name) {
        String value = null;
        String type = ctx.contentType();
        if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
            value = ctx.formParam(name);
        }
        return value != null ? value : ctx.queryParam(name);
    }
}
