package io.kafkapipeline.common.config;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes secrets from text before it reaches a log line or an exception message: every known
 * secret value (plain and URL-encoded), and the value of key-like query parameters
 * ({@code appid=}, {@code api_key=}, {@code token=} ...) in any URL.
 */
public final class Redactor {
    public static final String MASK = "***";
    public static final Redactor NONE = new Redactor(List.of());

    private static final Pattern KEY_PARAMS =
            Pattern.compile("(?i)([?&;](?:appid|api_?key|apikey|key|token|access_token|secret|password)=)[^&#\\s\"']*");

    private final List<String> secrets;

    private Redactor(Collection<String> secrets) {
        List<String> all = new ArrayList<>();
        for (String secret : secrets) {
            if (secret != null && !secret.isBlank()) {
                all.add(secret);
                String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
                if (!encoded.equals(secret)) {
                    all.add(encoded);
                }
            }
        }
        all.sort((a, b) -> b.length() - a.length());
        this.secrets = List.copyOf(all);
    }

    public static Redactor of(String... secrets) {
        return new Redactor(List.of(secrets));
    }

    /** Redacts the values of every secret key of the config. */
    public static Redactor of(ConfigDef def, Config config) {
        List<String> values = new ArrayList<>();
        for (ConfigKey<?> key : def.keys()) {
            if (key.secret()) {
                values.add(String.valueOf(config.get(key)));
            }
        }
        return new Redactor(values);
    }

    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, MASK);
        }
        return KEY_PARAMS.matcher(out).replaceAll("$1" + MASK);
    }

    /** {@code type: message} of a throwable, redacted and on one line. */
    public String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return redact(e.getClass().getSimpleName() + message)
                .replaceAll("\\s+", " ")
                .strip();
    }
}
