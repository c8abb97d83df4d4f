package io.kafkapipeline.common.source;

/** {@code SOURCE}: live API, bundled replay, or auto (replay when the key is missing or the API unreachable). */
public enum SourceMode {
    LIVE,
    REPLAY,
    AUTO
}
