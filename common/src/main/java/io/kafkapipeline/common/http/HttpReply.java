package io.kafkapipeline.common.http;

/** A final answer (2xx, or a 4xx other than 429): status and body text. */
public record HttpReply(int status, String body) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }
}
