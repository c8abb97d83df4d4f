package io.kafkapipeline.spacex;

/** {@code SPACEX_API}: the SpaceX API v4 (no data after late 2022) or The Space Devs' Launch Library 2. */
public enum SpacexApi {
    V4,
    LL2
}
