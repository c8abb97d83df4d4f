package io.kafkapipeline.common.http;

import okhttp3.Headers;

/** A final answer (2xx, or a 4xx other than 429): status, body text and response headers. */
public record HttpReply(int status, String body, Headers headers) {

    public HttpReply(int status, String body) {
        this(status, body, Headers.of());
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The last value of a response header (case-insensitive name), or null. */
    public String header(String name) {
        return headers.get(name);
    }
}
