package io.kafkapipeline.console.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every changing request (restart, pause, resume, reset, redrive, produce) is logged with who asked and what it did. */
public final class Audit {

    private static final Logger log = LoggerFactory.getLogger(Audit.class);
    private static final String ATTRIBUTE = "console.audit";

    private Audit() {}

    /** What the action did, for the log line. */
    public static void note(Context ctx, String outcome) {
        ctx.attribute(ATTRIBUTE, outcome);
    }

    /** Runs after every request; logs the POSTs. */
    static void log(Context ctx) {
        if (ctx.method() != HandlerType.POST) {
            return;
        }
        String outcome = ctx.attribute(ATTRIBUTE);
        log.info(
                "action {} {} from {}: HTTP {}{}",
                ctx.method(),
                ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()),
                ctx.ip(),
                ctx.status().getCode(),
                outcome == null ? "" : " " + outcome.replaceAll("\\s+", " "));
    }
}
