package io.kafkapipeline.deploy;

import com.fasterxml.jackson.databind.JsonNode;
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

    Map<String, JsonNode> services() {
        Map<String, JsonNode> services = new LinkedHashMap<>();
        root.path("services").properties().forEach(e -> services.put(e.getKey(), e.getValue()));
        return services;
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
