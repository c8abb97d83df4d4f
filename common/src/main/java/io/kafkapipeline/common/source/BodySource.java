package io.kafkapipeline.common.source;

/**
 * Where raw API bodies come from: the live API over HTTP or bundled recorded responses (replay).
 * Both feed the same parser. {@code request} is source-specific: a city for OpenWeatherMap, a path
 * such as {@code /v4/rockets} for SpaceX.
 */
public interface BodySource {

    String fetch(String request) throws SourceException, InterruptedException;

    /** For the start-up line: the live URL or "replay of ...". */
    String describe();
}
