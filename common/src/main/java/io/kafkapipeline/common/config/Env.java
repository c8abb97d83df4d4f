package io.kafkapipeline.common.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where raw settings come from: the process environment, or a map in tests. A secret may also be
 * given as a file: {@code <NAME>_FILE=/run/secrets/x} (Docker/Kubernetes secrets); {@code <NAME>}
 * wins when both are set.
 */
public final class Env {
    public static final String FILE_SUFFIX = "_FILE";

    private final UnaryOperator<String> lookup;

    private Env(UnaryOperator<String> lookup) {
        this.lookup = lookup;
    }

    public static Env system() {
        return new Env(System::getenv);
    }

    public static Env of(Map<String, String> vars) {
        Map<String, String> copy = Map.copyOf(vars);
        return new Env(copy::get);
    }

    /** The non-blank value of {@code name}, else (if allowed) the stripped content of {@code name_FILE}. */
    Optional<String> value(String name, boolean fileAllowed) {
        String direct = lookup.apply(name);
        if (direct != null && !direct.isBlank()) {
            return Optional.of(direct.strip());
        }
        if (!fileAllowed) {
            return Optional.empty();
        }
        String file = lookup.apply(name + FILE_SUFFIX);
        if (file == null || file.isBlank()) {
            return Optional.empty();
        }
        try {
            String content = Files.readString(Path.of(file.strip())).strip();
            return content.isEmpty() ? Optional.empty() : Optional.of(content);
        } catch (IOException | RuntimeException e) {
            throw new ConfigException(name + FILE_SUFFIX + ": cannot read '" + file.strip() + "' ("
                    + e.getClass().getSimpleName() + ")");
        }
    }
}
