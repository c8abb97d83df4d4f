package io.kafkapipeline.spacex;

/** {@code SPACEX_LAUNCHES}: which launches to poll, and the v4 endpoint that lists them. */
public enum Launches {
    ALL("/v4/launches"),
    PAST("/v4/launches/past"),
    UPCOMING("/v4/launches/upcoming");

    static final String ROCKETS = "/v4/rockets";
    static final String LAUNCHPADS = "/v4/launchpads";
    static final String PAYLOADS = "/v4/payloads";

    private final String path;

    Launches(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
