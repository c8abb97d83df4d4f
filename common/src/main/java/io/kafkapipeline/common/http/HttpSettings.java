package io.kafkapipeline.common.http;

import java.time.Duration;
import okhttp3.OkHttpClient;

/** Parsed HTTP settings; see {@link HttpConfig} for the meaning of each. */
public record HttpSettings(
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout,
        int maxRetries,
        Duration backoffInitial,
        Duration backoffMax,
        Duration retryAfterMax) {

    public OkHttpClient newClient() {
        return new OkHttpClient.Builder()
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .writeTimeout(readTimeout)
                .callTimeout(callTimeout)
                .build();
    }
}
