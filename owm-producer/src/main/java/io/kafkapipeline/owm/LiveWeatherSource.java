package io.kafkapipeline.owm;

import com.fasterxml.jackson.databind.JsonNode;
import io.kafkapipeline.common.http.HttpFetcher;
import io.kafkapipeline.common.http.HttpReply;
import io.kafkapipeline.common.json.Json;
import io.kafkapipeline.common.json.MalformedDataException;
import io.kafkapipeline.common.source.BodySource;
import io.kafkapipeline.common.source.FatalSourceException;
import io.kafkapipeline.common.source.SourceException;
import java.net.URI;
import okhttp3.HttpUrl;

/** GET {@code /data/2.5/weather?q=<city>&units=..&appid=..}; branches on the HTTP status, never on {@code cod}. */
public final class LiveWeatherSource implements BodySource {
    private final HttpFetcher fetcher;
    private final HttpUrl endpoint;
    private final String apiKey;
    private final Units units;
    private final String lang;

    public LiveWeatherSource(HttpFetcher fetcher, URI baseUrl, String apiKey, Units units, String lang) {
        this.fetcher = fetcher;
        this.endpoint = HttpUrl.get(baseUrl.toString())
                .newBuilder()
                .addPathSegments("data/2.5/weather")
                .build();
        this.apiKey = apiKey;
        this.units = units;
        this.lang = lang;
    }

    @Override
    public String fetch(String city) throws SourceException, InterruptedException {
        HttpUrl.Builder url =
                endpoint.newBuilder().addQueryParameter("q", city).addQueryParameter("units", units.apiName());
        if (!lang.isEmpty()) {
            url.addQueryParameter("lang", lang);
        }
        HttpReply reply = fetcher.get(url.addQueryParameter("appid", apiKey).build());
        if (reply.ok()) {
            return reply.body();
        }
        if (reply.status() == 401) {
            throw new FatalSourceException(
                    401,
                    "OpenWeatherMap rejected the API key (HTTP 401): set a valid"
                            + " OPENWEATHER_API_KEY (or OPENWEATHER_API_KEY_FILE)");
        }
        String detail = fetcher.redactor().redact(apiMessage(reply.body()));
        if (reply.status() == 404) {
            throw new SourceException(404, "city '" + city + "' not found (HTTP 404" + detail + ")");
        }
        throw new SourceException(reply.status(), "city '" + city + "': HTTP " + reply.status() + detail);
    }

    /** The {@code message} of an OWM error body, if there is one. */
    private static String apiMessage(String body) {
        try {
            JsonNode message = Json.readTree(body).path("message");
            if (message.isTextual()) {
                String text = message.textValue();
                return ": " + (text.length() > 160 ? text.substring(0, 160) + "..." : text);
            }
        } catch (MalformedDataException e) {
            // not JSON; the status says enough
        }
        return "";
    }

    @Override
    public String describe() {
        return "live API " + endpoint;
    }
}
