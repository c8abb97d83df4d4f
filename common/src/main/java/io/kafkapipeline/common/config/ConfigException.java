package io.kafkapipeline.common.config;

/** A bad or missing setting. The message is one line and names the environment variable. */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
