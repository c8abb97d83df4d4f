package io.kafkapipeline.console.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Checks every request before a handler runs:
 *
 * <ul>
 *   <li>with a token ({@code CONSOLE_TOKEN}): HTTP Basic (any user, the token as password) or {@code Bearer};
 *   <li>without one (the console then listens on loopback only): the {@code Host} header must name this machine, so
 *       a web page cannot reach the console through a DNS name rebound to 127.0.0.1;
 *   <li>every POST carries the CSRF token of this console run ({@code X-CSRF-Token} header, or {@code _csrf} form
 *       field), which only pages of the console know.
 * </ul>
 */
public final class Security {

    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final String CSRF_FIELD = "_csrf";

    private static final Set<String> LOCAL_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private final String token;
    private final String csrf;

    public Security(String token) {
        this.token = token == null || token.isBlank() ? null : token;
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.csrf = HexFormat.of().formatHex(random);
    }

    public String csrfToken() {
        return csrf;
    }

    /** Runs before every handler; ends the request with 401, 403 or 421 when a check fails. */
    public void check(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header(
                "Content-Security-Policy",
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                        + " frame-ancestors 'none'; form-action 'self'");
        if (token != null) {
            if (!authorized(ctx.header("Authorization"))) {
                ctx.header("WWW-Authenticate", "Basic realm=\"kafkapipeline console\", charset=\"UTF-8\"");
                ctx.status(HttpStatus.UNAUTHORIZED).result("This console needs its token (CONSOLE_TOKEN).");
                ctx.skipRemainingHandlers();
                return;
            }
        } else if (!localHost(ctx.header("Host"))) {
            ctx.status(HttpStatus.MISDIRECTED_REQUEST)
                    .result("This console answers only to 127.0.0.1 and localhost (Host header: " + ctx.header("Host")
                            + ").");
            ctx.skipRemainingHandlers();
            return;
        }
        if (ctx.method() == HandlerType.POST && !csrfMatches(ctx)) {
            ctx.status(HttpStatus.FORBIDDEN)
                    .result("Missing or wrong CSRF token: reload the page (changing requests need the " + CSRF_HEADER
                            + " header of this console run).");
            ctx.skipRemainingHandlers();
        }
    }

    private boolean csrfMatches(Context ctx) {
        String sent = ctx.header(CSRF_HEADER);
        if (sent == null) {
            String type = ctx.contentType();
            if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                sent = ctx.formParam(CSRF_FIELD);
            }
        }
        return sent != null && equal(sent, csrf);
    }

    boolean authorized(String header) {
        if (header == null) {
            return false;
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return equal(header.substring(7).strip(), token);
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(
                        Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon >= 0 && equal(decoded.substring(colon + 1), token);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return false;
    }

    static boolean localHost(String host) {
        if (host == null) {
            return false;
        }
        String name = host;
        if (name.startsWith("[")) {
            int end = name.indexOf(']');
            name = end < 0 ? name : name.substring(0, end + 1);
        } else if (name.indexOf(':') >= 0) {
            name = name.substring(0, name.indexOf(':'));
        }
        name = name.toLowerCase(Locale.ROOT);
        if (LOCAL_HOSTS.contains(name)) {
            return true;
        }
        try {
            return name.matches("127(\\.\\d{1,3}){3}")
                    && InetAddress.getByName(name).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private static boolean equal(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
