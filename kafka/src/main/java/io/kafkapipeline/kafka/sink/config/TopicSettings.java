package io.kafkapipeline.kafka.sink.config;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The per-topic keys DataStax accepts: {@code topic.<topic>.<keyspace>.<table>.<setting>} and
 * {@code topic.<topic>.codec.<setting>}.
 */
final class TopicSettings {

    static final String TOPICS_CONFIG = "topics";
    static final String TOPICS_REGEX_CONFIG = "topics.regex";

    static final Pattern TABLE_SETTING = Pattern.compile("topic\\.([a-zA-Z0-9._-]+)\\.([^.]+|\"[^\"]+\")\\."
            + "([^.]+|\"[^\"]+\")\\.(mapping|consistencyLevel|ttl|nullToUnset|deletesEnabled|ttlTimeUnit"
            + "|timestampTimeUnit|query)$");
    static final Pattern CODEC_SETTING =
            Pattern.compile("topic\\.([a-zA-Z0-9._-]+)\\.codec\\.(locale|timeZone|timestamp|date|time|unit)$");

    static final String EXPECTED_FORMS = "expected topic.<topic>.<keyspace>.<table>.<mapping|consistencyLevel|ttl"
            + "|nullToUnset|deletesEnabled|ttlTimeUnit|timestampTimeUnit|query> or "
            + "topic.<topic>.codec.<locale|timeZone|timestamp|date|time|unit>, with a non-empty keyspace and table";

    private TopicSettings() {}

    /** The topics of the {@code topics} key, trimmed, without empties. */
    static List<String> topics(Map<String, String> props) {
        String topics = props.getOrDefault(TOPICS_CONFIG, "");
        return Arrays.stream(topics.split(","))
                .map(String::trim)
                .filter(t -> !t.isEmpty())
                .collect(Collectors.toList());
    }

    static boolean isTopicSetting(String key) {
        return key.startsWith("topic.");
    }

    static boolean isWellFormed(String key) {
        return TABLE_SETTING.matcher(key).matches()
                || CODEC_SETTING.matcher(key).matches();
    }

    /** The {@code ...mapping} keys of one topic. */
    static List<String> mappingKeys(Map<String, String> props, String topic) {
        return props.keySet().stream()
                .filter(key -> {
                    Matcher m = TABLE_SETTING.matcher(key);
                    return m.matches() && m.group(1).equals(topic) && m.group(4).equals("mapping");
                })
                .sorted()
                .collect(Collectors.toList());
    }
}
