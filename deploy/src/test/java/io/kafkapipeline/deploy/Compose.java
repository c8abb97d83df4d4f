package io.kafkapipeline.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A compose file, parsed: its services, the paths it references and the variables it interpolates. */
record Compose(Path file, JsonNode root) {

    /** {@code ${NAME}}, {@code ${NAME:-default}}, {@code ${NAME-default}}, {@code ${NAME:?error}}, {@code $NAME}. */
    private static final Pattern VARIABLE =
            Pattern.compile("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?}|([A-Za-z_][A-Za-z0-9_]*))");

    /** One interpolation: the variable, its operator ({@code :-}, {@code :?}, ... or empty) and default/message. */
    record Variable(String name, String operator, String argument, Path file) {

        boolean required() {
            return operator.endsWith("?");
        }
    }

    static Compose load(Path file) {
        return new Compose(file.toAbsolutePath().normalize(), Repo.yaml(file));
    }

    Path dir() {
        return file.getParent();
    }

    /**
     * The services as compose sees them: a service with {@code extends} is its base (from this file or the named
     * one, resolved the same way) with the service's own keys merged over it, mappings key by key. The base's build
     * context is made absolute, as compose resolves it against the base's file.
     */
    Map<String, JsonNode> services() {
        Map<String, JsonNode> services = new LinkedHashMap<>();
        root.path("services").properties().forEach(e -> services.put(e.getKey(), resolve(e.getKey(), e.getValue())));
        return services;
    }

    /** A service as written, without its {@code extends} resolved. */
    JsonNode rawService(String name) {
        return root.path("services").path(name);
    }

    private JsonNode resolve(String name, JsonNode service) {
        JsonNode extendsNode = service.path("extends");
        if (extendsNode.isMissingNode()) {
            return service;
        }
        String baseName = extendsNode.isTextual()
                ? extendsNode.asText()
                : extendsNode.path("service").asText();
        Compose baseFile = extendsNode.path("file").isTextual()
                ? load(dir().resolve(extendsNode.path("file").asText()))
                : this;
        JsonNode base = baseFile.services().get(baseName);
        if (base == null) {
            throw new IllegalStateException(
                    file + ": " + name + " extends " + baseName + ", which " + baseFile.file() + " does not define");
        }
        ObjectNode merged = base.deepCopy();
        Path baseContext = buildContext(baseFile, base);
        if (baseContext != null && merged.path("build").isObject()) {
            ((ObjectNode) merged.get("build")).set("context", TextNode.valueOf(baseContext.toString()));
        }
        ObjectNode own = service.deepCopy();
        own.remove("extends");
        return merge(merged, own);
    }

    /** {@code over} merged into {@code base}: mappings key by key, everything else replaced. */
    private static ObjectNode merge(ObjectNode base, ObjectNode over) {
        over.properties().forEach(e -> {
            JsonNode existing = base.get(e.getKey());
            if (existing instanceof ObjectNode existingObject && e.getValue() instanceof ObjectNode overObject) {
                merge(existingObject, overObject);
            } else {
                base.set(e.getKey(), e.getValue());
            }
        });
        return base;
    }

    /** Top-level secrets: name -> the environment variable compose reads it from (empty for other sources). */
    Map<String, String> secretSources() {
        Map<String, String> secrets = new LinkedHashMap<>();
        root.path("secrets")
                .properties()
                .forEach(e ->
                        secrets.put(e.getKey(), e.getValue().path("environment").asText("")));
        return secrets;
    }

    /**
     * {@code text} as compose interpolates it with the variables of {@code env}: {@code ${NAME}}, {@code ${NAME:-x}}
     * and {@code ${NAME-x}} (default when unset, or also when empty with the colon), {@code ${NAME:?msg}} (an error
     * when unset or empty), {@code $NAME}; {@code $$} is a literal dollar.
     */
    static String interpolate(String text, Map<String, String> env) {
        StringBuilder out = new StringBuilder();
        Matcher m = VARIABLE.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > 0 && text.charAt(m.start() - 1) == '$' && isEscaped(text, m.start() - 1)) {
                continue;
            }
            out.append(text.substring(last, m.start()).replace("$$", "$"));
            String name = m.group(1) != null ? m.group(1) : m.group(4);
            String operator = m.group(2) == null ? "" : m.group(2);
            String argument = m.group(3) == null ? "" : m.group(3);
            String value = env.get(name);
            boolean missing = operator.startsWith(":") ? value == null || value.isEmpty() : value == null;
            if (operator.endsWith("-") && missing) {
                value = argument;
            } else if (operator.endsWith("?") && missing) {
                throw new IllegalArgumentException(name + " " + argument);
            }
            out.append(value == null ? "" : value);
            last = m.end();
        }
        out.append(text.substring(last).replace("$$", "$"));
        return out.toString();
    }

    /** Whether the dollar at {@code index} is the second of a {@code $$} pair. */
    private static boolean isEscaped(String text, int index) {
        int dollars = 0;
        for (int i = index; i >= 0 && text.charAt(i) == '$'; i--) {
            dollars++;
        }
        return dollars % 2 == 1;
    }

    String projectName() {
        return root.path("name").asText(null);
    }

    /** Paths of the {@code include} entries, resolved against this file's folder. */
    List<List<Path>> includes() {
        List<List<Path>> includes = new ArrayList<>();
        for (JsonNode entry : root.path("include")) {
            JsonNode path = entry.isTextual() ? entry : entry.path("path");
            List<Path> files = new ArrayList<>();
            if (path.isTextual()) {
                files.add(dir().resolve(path.asText()).normalize());
            } else {
                path.forEach(p -> files.add(dir().resolve(p.asText()).normalize()));
            }
            includes.add(files);
        }
        return includes;
    }

    /** The build context of a service, resolved, or null without a build section. */
    static Path buildContext(Compose compose, JsonNode service) {
        JsonNode build = service.path("build");
        if (build.isMissingNode()) {
            return null;
        }
        String context =
                build.isTextual() ? build.asText() : build.path("context").asText(".");
        return compose.dir().resolve(context).normalize();
    }

    /** The Dockerfile of a service's build, resolved against its context, or null without a build section. */
    static Path dockerfile(Compose compose, JsonNode service) {
        Path context = buildContext(compose, service);
        if (context == null) {
            return null;
        }
        return context.resolve(service.path("build").path("dockerfile").asText("Dockerfile"))
                .normalize();
    }

    /** Host sources of the bind mounts of a service (short syntax starting with . / ~, or type: bind). */
    static List<Path> bindSources(Compose compose, JsonNode service) {
        List<Path> sources = new ArrayList<>();
        for (JsonNode volume : service.path("volumes")) {
            String source;
            if (volume.isTextual()) {
                source = volume.asText().split(":", 2)[0];
                if (!(source.startsWith(".") || source.startsWith("/"))) {
                    continue; // a named volume
                }
            } else if ("bind".equals(volume.path("type").asText())) {
                source = volume.path("source").asText();
            } else {
                continue;
            }
            sources.add(compose.dir().resolve(source).normalize());
        }
        return sources;
    }

    /** The secrets a service mounts (short or long syntax), by source name. */
    static List<String> secretNames(JsonNode service) {
        List<String> names = new ArrayList<>();
        for (JsonNode secret : service.path("secrets")) {
            names.add(
                    secret.isTextual() ? secret.asText() : secret.path("source").asText());
        }
        return names;
    }

    /** A service's build argument, or null. */
    static String buildArg(JsonNode service, String name) {
        JsonNode args = service.path("build").path("args");
        if (args.isArray()) {
            for (JsonNode arg : args) {
                String[] split = arg.asText().split("=", 2);
                if (split[0].equals(name)) {
                    return split.length > 1 ? split[1] : "";
                }
            }
            return null;
        }
        return args.has(name) ? args.path(name).asText() : null;
    }

    static List<Path> envFiles(Compose compose, JsonNode service) {
        List<Path> files = new ArrayList<>();
        JsonNode envFile = service.path("env_file");
        if (envFile.isTextual()) {
            files.add(compose.dir().resolve(envFile.asText()).normalize());
        } else {
            for (JsonNode entry : envFile) {
                String path =
                        entry.isTextual() ? entry.asText() : entry.path("path").asText();
                files.add(compose.dir().resolve(path).normalize());
            }
        }
        return files;
    }

    /** Every variable interpolated in any string of the file ({@code $$} is a literal dollar, not a variable). */
    List<Variable> variables() {
        List<Variable> variables = new ArrayList<>();
        collect(root, variables);
        return variables;
    }

    private void collect(JsonNode node, List<Variable> into) {
        if (node.isTextual()) {
            String text = node.asText().replace("$$", "");
            Matcher m = VARIABLE.matcher(text);
            while (m.find()) {
                if (m.group(1) != null) {
                    into.add(new Variable(
                            m.group(1),
                            m.group(2) == null ? "" : m.group(2),
                            m.group(3) == null ? "" : m.group(3),
                            file));
                } else {
                    into.add(new Variable(m.group(4), "", "", file));
                }
            }
        }
        node.properties().forEach(e -> {
            collect(e.getValue(), into);
        });
        if (node.isArray()) {
            node.forEach(child -> collect(child, into));
        }
    }
}
