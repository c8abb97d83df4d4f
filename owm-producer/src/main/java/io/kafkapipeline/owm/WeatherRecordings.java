package io.kafkapipeline.owm;

import io.kafkapipeline.common.source.Recordings;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The bundled real {@code /data/2.5/weather} bodies (src/main/resources/replay/owm) and the cities they match. */
public final class WeatherRecordings {
    static final String FOLDER = "/replay/owm/";

    /** One recorded body: the city it answers, the names that select it, and the units it was recorded in. */
    public record Recording(String city, List<String> aliases, String file, Units units) {
        public String body() {
            return Recordings.read(FOLDER, file);
        }
    }

    public static final List<Recording> BUNDLED = List.of(
            new Recording(
                    "Hanoi",
                    List.of("hanoi", "ha noi", "hà nội"),
                    "weather_hanoi_q-Ha-Noi_standard_2021-10-07.json",
                    Units.STANDARD),
            new Recording(
                    "Ho Chi Minh City",
                    List.of("ho chi minh city", "ho chi minh", "hcmc", "saigon"),
                    "weather_hochiminh_q-Ho-Chi-Minh_standard_2021-10-07.json",
                    Units.STANDARD),
            new Recording(
                    "Moscow",
                    List.of("moscow", "москва"),
                    "weather_moscow_id-524901_metric_lang-ru_2020-05-01.json",
                    Units.METRIC));

    private WeatherRecordings() {}

    public static Optional<Recording> forCity(String city) {
        String wanted = city.strip().toLowerCase(Locale.ROOT);
        return BUNDLED.stream().filter(r -> r.aliases().contains(wanted)).findFirst();
    }

    public static String cities() {
        return BUNDLED.stream().map(Recording::city).collect(Collectors.joining(", "));
    }
}
