package io.kafkapipeline.console.web;

import com.datastax.oss.driver.api.core.DriverException;
import com.fasterxml.jackson.databind.SerializationFeature;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.kafkapipeline.console.BadRequestException;
import io.kafkapipeline.console.Console;
import io.kafkapipeline.console.NotFoundException;
import io.kafkapipeline.console.kafka.KafkaException;
import io.kafkapipeline.console.views.PageContext;
import io.kafkapipeline.console.web.routes.ClusterRoutes;
import io.kafkapipeline.console.web.routes.ConnectorRoutes;
import io.kafkapipeline.console.web.routes.DeadLetterRoutes;
import io.kafkapipeline.console.web.routes.FlowRoutes;
import io.kafkapipeline.console.web.routes.GroupRoutes;
import io.kafkapipeline.console.web.routes.TableRoutes;
import io.kafkapipeline.console.web.routes.TopicRoutes;
import io.kafkapipeline.stack.StackException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's web server (Javalin on Jetty): precompiled jte templates, htmx and the stylesheet served from the
 * jar, pages and the JSON API under {@code /api/}, the checks of {@link Security} before every request and the
 * {@link Audit} log after every POST.
 */
public final class ConsoleServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ConsoleServer.class);
    private static final String HTMX = "/META-INF/resources/webjars/htmx.org/" + htmxVersion() + "/dist/htmx.min.js";

    private final Javalin app;

    /** What the server needs: the console, where to listen, the token (or null), page size and value length. */
    public record Settings(String bindAddress, int port, String token, int pageSize, int maxValueChars) {}

    public ConsoleServer(Console console, Settings settings) {
        Security security = new Security(settings.token());
        PageContext base = new PageContext(
                "",
                "",
                security.csrfToken(),
                settings.maxValueChars(),
                console.deployment().toString());
        Web web = new Web(base, settings.pageSize());
        TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
        byte[] htmx = resource(HTMX);
        this.app = Javalin.create(config -> {
            config.jetty.host = settings.bindAddress();
            config.jetty.port = settings.port();
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson()
                    .updateMapper(mapper -> mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)));
            config.fileRenderer((template, model, ctx) -> {
                StringOutput out = new StringOutput();
                // The cast picks jte's render(name, Map<String, Object>, output), not the single-parameter overload.
                @SuppressWarnings("unchecked")
                Map<String, Object> params = (Map<String, Object>) model;
                templates.render(template, params, out);
                return out.toString();
            });
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
            });
            RoutesConfig routes = config.routes;
            routes.before(security::check);
            routes.after(Audit::log);
            routes.get(
                    "/static/htmx.min.js",
                    ctx -> ctx.contentType("text/javascript").result(htmx));
            // API clients fetch the CSRF token here; other sites cannot read it (same-origin policy, Host check).
            routes.get(
                    "/api/csrf",
                    ctx -> ctx.json(Map.of("header", Security.CSRF_HEADER, "token", security.csrfToken())));
            new FlowRoutes(console, web).register(routes);
            new ClusterRoutes(console, web).register(routes);
            new TopicRoutes(console, web).register(routes);
            new GroupRoutes(console, web).register(routes);
            new ConnectorRoutes(console, web).register(routes);
            new DeadLetterRoutes(console, web).register(routes);
            new TableRoutes(console, web).register(routes);
            routes.exception(NotFoundException.class, (e, ctx) -> error(web, ctx, 404, e.getMessage()));
            routes.exception(BadRequestException.class, (e, ctx) -> error(web, ctx, 400, e.getMessage()));
            routes.exception(KafkaException.class, (e, ctx) -> error(web, ctx, 502, "Kafka: " + e.getMessage()));
            routes.exception(
                    StackException.class, (e, ctx) -> error(web, ctx, 502, "Kafka Connect: " + e.getMessage()));
            routes.exception(DriverException.class, (e, ctx) -> error(web, ctx, 502, "Cassandra: " + firstLine(e)));
            routes.exception(Exception.class, (e, ctx) -> {
                log.warn("{} {} failed", ctx.method(), ctx.path(), e);
                error(web, ctx, 500, e.getClass().getSimpleName() + ": " + firstLine(e));
            });
            routes.error(404, "html", ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    error(web, ctx, 404, "No page at " + ctx.path());
                }
            });
        });
    }

    public ConsoleServer start() {
        app.start();
        return this;
    }

    /** The port it listens on (the chosen one when configured with 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private static void error(Web web, Context ctx, int status, String message) {
        ctx.status(status);
        Audit.note(ctx, "failed: " + message);
        if (Web.htmx(ctx)) {
            ctx.render("result.jte", Map.of("ok", false, "title", message, "lines", List.of()));
        } else if (ctx.path().startsWith("/api/")) {
            ctx.json(Map.of("status", status, "error", message));
        } else {
            web.page(ctx, "error.jte", "Error " + status, "", Map.of("status", status, "message", message));
        }
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    private static byte[] resource(String path) {
        try (InputStream in = ConsoleServer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path + " (the htmx WebJar)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String htmxVersion() {
        try (InputStream in =
                ConsoleServer.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/htmx.org/pom.properties")) {
            java.util.Properties p = new java.util.Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
